# verdict: wrong
# misconception: odds form of Bayes' rule, but returns the posterior odds instead of turning them into a probability
# feedback: that is the posterior odds
# score: 0
def p_fraud_given_alert(prevalence: float, sensitivity: float, false_positive_rate: float) -> float:
    """P(fraud | alert)."""
    prior_odds = prevalence / (1 - prevalence)
    return prior_odds * sensitivity / false_positive_rate
