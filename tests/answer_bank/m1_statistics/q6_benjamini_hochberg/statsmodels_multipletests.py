# verdict: correct
# misconception: statsmodels' multipletests(method="fdr_bh"), as the lesson recommends
from statsmodels.stats.multitest import multipletests


def benjamini_hochberg(p_values, fdr: float = 0.05) -> np.ndarray:
    """Benjamini-Hochberg procedure, with statsmodels."""
    reject, _, _, _ = multipletests(np.asarray(p_values, dtype=float), alpha=fdr, method="fdr_bh")
    return np.asarray(reject, dtype=bool)
