# verdict: wrong
# misconception: base-rate neglect: returns the sensitivity P(alert | fraud) as P(fraud | alert)
# feedback: base-rate neglect
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return sensitivity
