# verdict: wrong
# misconception: hard-coded to the worked example: always 1 - exp(-0.07), whatever k, rate and exposure
# feedback: worked example's answer
# score: 0
def prob_at_least(k: int, annual_rate: float, exposure: float) -> float:
    """Probability of at least ``k`` claims."""
    return 1 - np.exp(-0.07)
