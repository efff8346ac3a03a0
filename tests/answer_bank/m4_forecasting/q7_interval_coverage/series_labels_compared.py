# verdict: wrong
# misconception: passes the visible example (lists): wraps each argument in pd.Series, which keeps a Series' own index, so an outcome Series and a bound Series with different indexes cannot be compared (pandas pairs by label, not position)
# feedback: raised ValueError
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y, lower, upper = pd.Series(y), pd.Series(lower), pd.Series(upper)
    inside = (lower <= y) & (y <= upper)
    return float(inside.mean())
