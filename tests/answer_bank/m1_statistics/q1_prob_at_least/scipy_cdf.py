# verdict: correct
# misconception: 1 - the Poisson cdf at k - 1 with scipy, after printing the Poisson mean (prints are allowed)
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """P(N >= k) = 1 - P(N <= k - 1)."""
    mu = annual_rate * exposure
    print(f"expected claims for this policy: {mu:.4f}")
    return 1.0 - stats.poisson.cdf(k - 1, mu)
