# verdict: wrong
# misconception: rejects each sorted p-value that lies below its own line, without the step-up to the largest such k
# feedback: compared with its own line only
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    rank = np.empty(m, dtype=int)
    rank[np.argsort(p)] = np.arange(1, m + 1)
    return p <= rank / m * fdr
