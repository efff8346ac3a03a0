# verdict: wrong
# misconception: hard-coded to the worked example: always returns 0.05
# feedback: worked example's answer
# score: 0
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The cheapest threshold."""
    return 0.05
