# verdict: wrong
# misconception: cuts the sorted policies into bins of equal numbers of policies (np.array_split) instead of equal exposure
# feedback: the bins hold equal numbers of policies
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    actual, pred_a, pred_b, exposure = (np.asarray(v, dtype=float) for v in (actual, pred_a, pred_b, exposure))
    order = np.argsort(pred_a / pred_b, kind="stable")
    rows = []
    for idx in np.array_split(order, n_bins):
        e = exposure[idx]
        rows.append([actual[idx].sum() / e.sum(), (pred_a[idx] * e).sum() / e.sum(),
                     (pred_b[idx] * e).sum() / e.sum()])
    return np.array(rows)
