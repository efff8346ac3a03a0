# verdict: correct
# misconception: BH-adjusted p-values from scipy.stats.false_discovery_control, rejected where they are <= fdr
def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure, via scipy's adjusted p-values."""
    adjusted = stats.false_discovery_control(np.asarray(p_values, dtype=float), method="bh")
    return adjusted <= fdr
