# verdict: wrong
# misconception: passes the visible example: wraps the inputs in pd.Series and reorders them with series[order], which pandas reads as index labels, so a Series whose index is not 0..n-1 raises KeyError
# feedback: raised KeyError
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    y, a, b, e = (pd.Series(v, dtype=float) for v in (actual, pred_a, pred_b, exposure))
    order = np.argsort((a / b).to_numpy(), kind="stable")
    y, a, b, e = (s[order].to_numpy() for s in (y, a, b, e))
    before = np.cumsum(e) - e
    bins = np.minimum(np.floor(n_bins * before / e.sum()), n_bins - 1).astype(int)
    table = np.zeros((n_bins, 3))
    for k in range(n_bins):
        m = bins == k
        table[k] = [y[m].sum() / e[m].sum(), (a[m] * e[m]).sum() / e[m].sum(), (b[m] * e[m]).sum() / e[m].sum()]
    return table
