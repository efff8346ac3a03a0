# verdict: wrong
# misconception: returns P(fraud and alert) = prevalence x sensitivity, forgetting to divide by P(alert)
# feedback: that is P(fraud and alert)
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return prevalence * sensitivity
