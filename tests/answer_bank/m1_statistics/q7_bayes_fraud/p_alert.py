# verdict: wrong
# misconception: returns the denominator P(alert), the share of claims flagged, instead of the posterior
# feedback: that is P(alert)
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return prevalence * sensitivity + (1 - prevalence) * false_positive_rate
