# verdict: correct
# misconception: natural frequencies: out of 100,000 claims, count the fraudulent alerts and all alerts
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert) with natural frequencies."""
    claims = 100_000
    fraudulent = claims * prevalence
    honest = claims - fraudulent
    fraud_alerts = fraudulent * sensitivity
    false_alarms = honest * false_positive_rate
    return fraud_alerts / (fraud_alerts + false_alarms)
