# verdict: wrong
# misconception: returns 1 - false_positive_rate, the specificity, as the chance an alert is fraud
# feedback: the specificity
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    return 1 - false_positive_rate
