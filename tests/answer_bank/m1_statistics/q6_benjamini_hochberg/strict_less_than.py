# verdict: wrong
# misconception: passes the visible example: p_(k) < k/m * fdr with a strict inequality, so a p-value exactly on its line is kept
# feedback: a p-value exactly on its line was not rejected
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    ranks = np.argsort(p)
    passed = [i for i in range(m) if p[ranks[i]] < (i + 1) / m * fdr]
    rejected = np.zeros(m, dtype=bool)
    if passed:
        rejected[ranks[:max(passed) + 1]] = True
    return rejected
