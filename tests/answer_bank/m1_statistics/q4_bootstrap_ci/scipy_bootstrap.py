# verdict: correct
# misconception: scipy.stats.bootstrap with method="percentile" and the seeded generator passed as rng
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval, with scipy."""
    result = stats.bootstrap((np.asarray(x, dtype=float),), statistic, n_resamples=n_resamples,
                             confidence_level=level, method="percentile",
                             rng=np.random.default_rng(seed))
    ci = result.confidence_interval
    return float(ci.low), float(ci.high)
