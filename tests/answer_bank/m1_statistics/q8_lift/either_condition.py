# verdict: wrong
# misconception: combines the columns with | (either condition) instead of & (both)
# feedback: patients with either condition
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    has_a, has_b = conditions[a].astype(bool), conditions[b].astype(bool)
    return float((has_a | has_b).mean() / (has_a.mean() * has_b.mean()))
