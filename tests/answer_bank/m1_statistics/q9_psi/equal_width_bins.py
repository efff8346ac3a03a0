# verdict: wrong
# misconception: equal-width bins over the reference's range (np.histogram style) instead of quantile bins
# feedback: the bins have equal widths
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.linspace(reference.min(), reference.max(), n_bins + 1)[1:-1]
    r = np.maximum(np.bincount(np.searchsorted(edges, reference, side="right"), minlength=n_bins) / reference.size, 1e-4)
    l = np.maximum(np.bincount(np.searchsorted(edges, live, side="right"), minlength=n_bins) / live.size, 1e-4)
    return float(np.sum((l - r) * np.log(l / r)))
