# verdict: correct
# misconception: plain loop over ranks keeping the largest k with p_(k) <= k/m * fdr, then a threshold on the original p-values
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg step-up, with a loop and a threshold."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    sorted_p = sorted(p)
    threshold = -1.0
    for k in range(1, m + 1):
        if sorted_p[k - 1] <= k / m * fdr:
            threshold = sorted_p[k - 1]
    return p <= threshold
