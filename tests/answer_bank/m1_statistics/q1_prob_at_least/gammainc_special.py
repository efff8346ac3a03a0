# verdict: correct
# misconception: the regularised lower incomplete gamma function, P(N >= k) = gammainc(k, mu) for k >= 1, with k = 0 handled apart
from scipy.special import gammainc


def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Poisson upper tail through the incomplete gamma function."""
    if k <= 0:
        return 1.0
    return float(gammainc(k, annual_rate * exposure))
