# verdict: correct
# misconception: plain Python: counts patients row by row with zip, truthiness handling booleans and 0/1 alike
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions, counted in a loop."""
    n = n_a = n_b = n_ab = 0
    for has_a, has_b in zip(conditions[a], conditions[b]):
        n += 1
        n_a += bool(has_a)
        n_b += bool(has_b)
        n_ab += bool(has_a) and bool(has_b)
    return (n_ab / n) / ((n_a / n) * (n_b / n))
