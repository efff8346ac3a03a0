# verdict: wrong
# misconception: passes the visible example (k = 1): returns 1 - exp(-rate x exposure), which is P(N >= 1) whatever k
# feedback: the answer ignores k
# score: 0
import math


def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least one claim... and, it assumes, of at least k."""
    expected_claims = annual_rate * exposure
    return 1 - math.exp(-expected_claims)
