# verdict: wrong
# misconception: P(alert) = prevalence x sensitivity + false_positive_rate, the false alarms not weighted by 1 - prevalence
# feedback: as if every claim were honest
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return prevalence * sensitivity / (prevalence * sensitivity + false_positive_rate)
