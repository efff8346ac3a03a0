# verdict: wrong
# misconception: passes the visible example (default fdr): the lines use 0.05 typed in, so `fdr` is ignored
# feedback: `fdr` is ignored
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    ok = p[order] <= 0.05 * np.arange(1, m + 1) / m
    rejected = np.zeros(m, dtype=bool)
    if ok.any():
        k = np.max(np.where(ok)[0]) + 1
        rejected[order[:k]] = True
    return rejected
