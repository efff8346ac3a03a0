# verdict: wrong
# misconception: scipy.stats.bootstrap with its default method, BCa, instead of the percentile interval
# feedback: that is the BCa interval
# score: 2
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap confidence interval, with scipy."""
    result = stats.bootstrap((np.asarray(x, dtype=float),), statistic, n_resamples=n_resamples,
                             confidence_level=level, rng=np.random.default_rng(seed))
    return float(result.confidence_interval.low), float(result.confidence_interval.high)
