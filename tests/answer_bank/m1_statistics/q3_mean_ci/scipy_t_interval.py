# verdict: correct
# misconception: scipy.stats.t.interval centred on the mean, scaled by scipy.stats.sem
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Student-t confidence interval for the mean, with scipy."""
    x = np.asarray(x, dtype=float)
    low, high = stats.t.interval(level, df=x.size - 1, loc=x.mean(), scale=stats.sem(x))
    return float(low), float(high)
