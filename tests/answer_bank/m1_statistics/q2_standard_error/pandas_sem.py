# verdict: correct
# misconception: pandas Series.sem (ddof=1 by default), works for lists, arrays and Series
def standard_error(x) -> float:
    """Standard error of the sample mean, with pandas."""
    return float(pd.Series(x, dtype=float).sem())
