# verdict: wrong
# misconception: hard-coded to the worked example: returns 1.5 whatever the table and columns
# feedback: worked example's answer
# score: 0
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions."""
    return 1.5
