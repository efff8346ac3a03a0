# verdict: wrong
# misconception: returns P(a and b), how often the two occur together, without comparing with P(a) P(b)
# feedback: how often they occur together
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    return float((conditions[a].astype(bool) & conditions[b].astype(bool)).mean())
