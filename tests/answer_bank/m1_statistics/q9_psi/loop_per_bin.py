# verdict: correct
# misconception: plain loops over the bins with explicit lower/upper bounds (-inf and inf at the ends), counting with boolean masks
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index, one bin at a time."""
    ref = np.asarray(reference, dtype=float)
    liv = np.asarray(live, dtype=float)
    inner = list(np.quantile(ref, np.linspace(0, 1, n_bins + 1)[1:-1]))
    lower = [-np.inf] + inner
    upper = inner + [np.inf]
    total = 0.0
    for lo, hi in zip(lower, upper):
        r = max(np.sum((ref >= lo) & (ref < hi)) / len(ref), 1e-4)
        l = max(np.sum((liv >= lo) & (liv < hi)) / len(liv), 1e-4)
        total += (l - r) * np.log(l / r)
    return total
