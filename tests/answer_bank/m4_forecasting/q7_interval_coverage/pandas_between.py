# verdict: correct
# misconception: pandas Series.between (both bounds inclusive by default) on positional arrays
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    outcomes = pd.Series(np.asarray(y, dtype=float))
    inside = outcomes.between(np.asarray(lower, dtype=float), np.asarray(upper, dtype=float))
    return float(inside.mean())
