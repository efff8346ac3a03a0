# verdict: wrong
# misconception: returns the rejections in sorted order of the p-values, not in the input order
# feedback: the answer is in sorted order
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.sort(np.asarray(p_values, dtype=float))
    m = len(p)
    below = p <= np.arange(1, m + 1) / m * fdr
    k = np.max(np.nonzero(below)[0]) + 1 if below.any() else 0
    return np.arange(m) < k
