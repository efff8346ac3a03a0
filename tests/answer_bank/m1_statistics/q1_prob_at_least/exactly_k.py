# verdict: wrong
# misconception: P(N = k) only: the pmf at k instead of the tail from k upwards
# feedback: P(N = k) only
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    return float(stats.poisson.pmf(k, annual_rate * exposure))
