# verdict: correct
# misconception: a 2 x 2 NumPy table of joint probabilities (fraud/honest x alert/no alert), conditioned on the alert column
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert) from the joint probability table."""
    prior = np.array([prevalence, 1 - prevalence])               # fraud, honest
    alert_given = np.array([sensitivity, false_positive_rate])    # P(alert | row)
    joint = np.column_stack([prior * alert_given, prior * (1 - alert_given)])
    alert_column = joint[:, 0]
    return float(alert_column[0] / alert_column.sum())
