# verdict: correct
# misconception: a dictionary of ties and a loop adding the trapezoids by hand, area = sum of (x1 - x0)(y0 + y1) / 2
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve, ties grouped."""
    groups = {}
    for a, p, e in zip(actual, predicted, exposure):
        claims, years = groups.get(float(p), (0.0, 0.0))
        groups[float(p)] = (claims + float(a), years + float(e))
    total_claims = sum(c for c, _ in groups.values())
    total_years = sum(e for _, e in groups.values())
    area, x0, y0 = 0.0, 0.0, 0.0
    for p in sorted(groups):
        claims, years = groups[p]
        x1, y1 = x0 + years / total_years, y0 + claims / total_claims
        area += (x1 - x0) * (y0 + y1) / 2
        x0, y0 = x1, y1
    return 1 - 2 * area
