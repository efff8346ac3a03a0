# verdict: wrong
# misconception: hard-coded to the worked example: returns about (1915, 3769) whatever x, statistic and level
# feedback: worked example's answer
# score: 0
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval."""
    return (1914.83, 3769.20)
