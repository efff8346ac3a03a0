# verdict: correct
# misconception: pandas mean and sem, returned as a list [low, high] of NumPy floats (the statement grades a list like a tuple)
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """t-interval for the mean, with pandas."""
    s = pd.Series(list(x), dtype=float)
    alpha = 1 - level
    t_quantile = stats.t.ppf(1 - alpha / 2, df=s.count() - 1)
    return [s.mean() - t_quantile * s.sem(), s.mean() + t_quantile * s.sem()]
