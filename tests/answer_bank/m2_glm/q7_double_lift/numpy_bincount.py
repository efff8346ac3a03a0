# verdict: correct
# misconception: NumPy only: stable argsort of the ratio, bin index from the exposure before each policy, sums with np.bincount
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table with np.bincount."""
    actual, pred_a, pred_b, exposure = (np.asarray(v, dtype=float) for v in (actual, pred_a, pred_b, exposure))
    order = np.argsort(pred_a / pred_b, kind="stable")
    e = exposure[order]
    before = np.cumsum(e) - e
    bins = np.minimum(np.floor(n_bins * before / e.sum()), n_bins - 1).astype(int)
    years = np.bincount(bins, weights=e, minlength=n_bins)
    columns = [np.bincount(bins, weights=w, minlength=n_bins)
               for w in (actual[order], pred_a[order] * e, pred_b[order] * e)]
    return np.column_stack(columns) / years[:, None]
