# verdict: wrong
# misconception: defect (issue 17, q7 example): ignores exposure altogether (equal-count bins, plain means of claims and predictions); it passed the old worked example, where every exposure was 1
# feedback: exposure is ignored
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    y, a, b = (np.asarray(v, dtype=float) for v in (actual, pred_a, pred_b))
    order = np.argsort(a / b, kind="stable")
    rows = [[y[idx].mean(), a[idx].mean(), b[idx].mean()] for idx in np.array_split(order, n_bins)]
    return np.array(rows)
