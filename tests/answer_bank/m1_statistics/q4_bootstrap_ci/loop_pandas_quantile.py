# verdict: correct
# misconception: a plain loop of rng.choice resamples, the statistics kept in a list, quantiles taken with pandas, returned as a list
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile interval, one resample at a time."""
    values = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    boot = []
    for _ in range(n_resamples):
        resample = rng.choice(values, size=len(values))
        boot.append(statistic(resample))
    tail = (1 - level) / 2
    quantiles = pd.Series(boot).quantile([tail, 1 - tail])
    return list(quantiles)
