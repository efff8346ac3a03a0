# verdict: wrong
# misconception: passes the visible example: proportions computed as counts / 10, the example's number of patients
# feedback: the number of patients is fixed at 10
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    p_a = conditions[a].sum() / 10
    p_b = conditions[b].sum() / 10
    p_ab = (conditions[a].astype(bool) & conditions[b].astype(bool)).sum() / 10
    return float(p_ab / (p_a * p_b))
