# verdict: correct
# misconception: plain Python: sorts the residuals and interpolates linearly between order statistics at position p·(n - 1)
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval, quantiles interpolated by hand."""
    import math
    ranked = sorted(float(r) for r in residuals)
    n = len(ranked)

    def quantile(p):
        position = p * (n - 1)
        below = math.floor(position)
        above = min(below + 1, n - 1)
        return ranked[below] + (position - below) * (ranked[above] - ranked[below])

    low, high = quantile((1 - level) / 2), quantile((1 + level) / 2)
    lower = np.array([float(f) + low for f in forecast])
    upper = np.array([float(f) + high for f in forecast])
    return lower, upper
