# verdict: wrong
# misconception: forgets the complement: returns P(N <= k - 1), the chance of fewer than k claims
# feedback: the chance of FEWER than k claims
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    mu = annual_rate * exposure
    return float(stats.poisson.cdf(k - 1, mu))
