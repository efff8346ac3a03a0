# verdict: correct
# misconception: with counts done right: n x n_ab / (n_a x n_b)
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions, from counts."""
    has_a = conditions[a] != 0
    has_b = conditions[b] != 0
    n = len(conditions)
    return float(n * (has_a & has_b).sum() / (has_a.sum() * has_b.sum()))
