# verdict: wrong
# misconception: hard-coded to the worked example: returns the example's 8 booleans whatever the p-values
# feedback: worked example's answer
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    return np.array([False, True, False, True, False, True, False, True])
