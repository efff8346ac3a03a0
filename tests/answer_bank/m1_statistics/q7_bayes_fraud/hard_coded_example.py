# verdict: wrong
# misconception: hard-coded to the worked example: 0.018 / 0.067 computed by hand for (0.02, 0.90, 0.05)
# feedback: worked example's answer
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return 0.018 / 0.067
