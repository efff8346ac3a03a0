# verdict: wrong
# misconception: step-down: stops at the first sorted p-value above its line instead of taking the largest k below it
# feedback: Benjamini-Hochberg steps up
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    rejected = np.zeros(m, dtype=bool)
    for rank, i in enumerate(order, start=1):
        if p[i] > rank / m * fdr:
            break
        rejected[i] = True
    return rejected
