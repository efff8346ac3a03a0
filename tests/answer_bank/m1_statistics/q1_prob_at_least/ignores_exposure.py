# verdict: wrong
# misconception: the exposure is ignored: the Poisson mean is the annual rate, not rate x exposure
# feedback: the exposure is ignored
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    return float(1 - stats.poisson.cdf(k - 1, annual_rate))
