# verdict: correct
# misconception: a plain loop over the policies in ratio order (sorted() is stable), accumulating per-bin sums
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table, one policy at a time."""
    policies = sorted(zip(actual, pred_a, pred_b, exposure), key=lambda r: float(r[1]) / float(r[2]))
    total = sum(float(r[3]) for r in policies)
    sums = np.zeros((n_bins, 4))
    before = 0.0
    for y, a, b, e in policies:
        k = min(int(np.floor(n_bins * before / total)), n_bins - 1)
        sums[k] += [float(y), float(a) * float(e), float(b) * float(e), float(e)]
        before += float(e)
    return sums[:, :3] / sums[:, 3:]
