# verdict: wrong
# misconception: the rate is divided by the exposure instead of multiplied by it
# feedback: the rate is divided by the exposure
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    return float(stats.poisson.sf(k - 1, annual_rate / exposure))
