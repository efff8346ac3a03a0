# verdict: correct
# misconception: 1 minus the Poisson pmf summed over 0..k-1, written out with math (no scipy)
import math


def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims: 1 - sum of P(N = j) for j < k."""
    lam = annual_rate * exposure
    below = sum(math.exp(-lam) * lam**j / math.factorial(j) for j in range(k))
    return 1.0 - below
