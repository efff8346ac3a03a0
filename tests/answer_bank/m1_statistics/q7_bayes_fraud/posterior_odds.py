# verdict: correct
# misconception: odds form of Bayes' rule: posterior odds = prior odds x likelihood ratio sensitivity / false_positive_rate
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert) from the posterior odds."""
    prior_odds = prevalence / (1 - prevalence)
    posterior_odds = prior_odds * sensitivity / false_positive_rate
    return posterior_odds / (1 + posterior_odds)
