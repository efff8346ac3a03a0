# verdict: wrong
# misconception: P(b | a) = P(a and b) / P(a) instead of the lift, which also divides by P(b)
# feedback: a conditional probability
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    both = (conditions[a].astype(bool) & conditions[b].astype(bool)).mean()
    return float(both / conditions[a].astype(bool).mean())
