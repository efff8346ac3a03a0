# verdict: wrong
# misconception: Bonferroni (p <= fdr / m) instead of Benjamini-Hochberg
# feedback: that is Bonferroni
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    p = np.asarray(p_values, dtype=float)
    return p <= fdr / len(p)
