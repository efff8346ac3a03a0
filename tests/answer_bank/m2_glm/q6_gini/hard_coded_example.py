# verdict: wrong
# misconception: hard-coded to the worked example: always returns 0.2321
# feedback: worked example's answer
# score: 0
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve."""
    return 0.2321428571428572
