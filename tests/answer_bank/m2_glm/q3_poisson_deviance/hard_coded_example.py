# verdict: wrong
# misconception: hard-coded to the worked example: always returns 0.38768..., whatever y and mu
# feedback: worked example's answer
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance."""
    return 0.3876820724517809
