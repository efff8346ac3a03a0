# verdict: wrong
# misconception: passes the visible example: natural frequencies out of 1,000 claims, each count rounded to whole claims (exact for 2 % prevalence, wrong for 0.1 %)
# feedback: rounded to whole claims
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert) by counting 1,000 claims."""
    claims = 1000
    fraudulent = round(claims * prevalence)
    caught = round(fraudulent * sensitivity)
    false_alarms = round((claims - fraudulent) * false_positive_rate)
    return caught / (caught + false_alarms)
