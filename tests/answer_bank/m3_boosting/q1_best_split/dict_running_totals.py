# verdict: correct
# misconception: plain Python: claims and years per distinct value in dictionaries, one pass over the sorted values with running totals, math.log
def best_split(x, y, exposure) -> tuple[float, float]:
    import math
    claims, years = {}, {}
    for xi, yi, wi in zip(list(x), list(y), list(exposure)):
        xi = float(xi)
        claims[xi] = claims.get(xi, 0.0) + float(yi)
        years[xi] = years.get(xi, 0.0) + float(wi)

    def term(c, w):
        return c * math.log(c / w) if c > 0 else 0.0

    total_c, total_w = sum(claims.values()), sum(years.values())
    base = term(total_c, total_w)
    values = sorted(claims)
    left_c = left_w = 0.0
    best = None
    for v, nxt in zip(values, values[1:]):
        left_c += claims[v]
        left_w += years[v]
        gain = 2 * (term(left_c, left_w) + term(total_c - left_c, total_w - left_w) - base)
        if best is None or gain > best[1]:
            best = ((v + nxt) / 2, gain)
    return best
