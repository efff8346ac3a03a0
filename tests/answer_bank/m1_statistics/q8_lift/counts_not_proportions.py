# verdict: wrong
# misconception: counts instead of proportions: n_ab / (n_a x n_b), off by a factor n
# feedback: counts were used where the formula needs proportions
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    has_a, has_b = conditions[a].astype(bool), conditions[b].astype(bool)
    return float((has_a & has_b).sum() / (has_a.sum() * has_b.sum()))
