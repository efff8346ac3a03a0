# verdict: wrong
# misconception: P(N > k) instead of P(N >= k): poisson.sf(k) leaves k itself out
# feedback: P(N > k) instead of P(N >= k)
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    return float(stats.poisson.sf(k, annual_rate * exposure))
