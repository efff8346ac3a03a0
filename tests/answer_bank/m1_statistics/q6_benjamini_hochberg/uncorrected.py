# verdict: wrong
# misconception: no correction at all: each p-value compared with fdr on its own
# feedback: compared with fdr on its own
# score: 0
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure."""
    return np.asarray(p_values) <= fdr
