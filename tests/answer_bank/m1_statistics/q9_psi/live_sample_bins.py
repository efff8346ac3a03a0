# verdict: wrong
# misconception: bins cut at the live sample's quantiles instead of the reference's
# feedback: cut at the quantiles of the live sample
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(live, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.maximum(np.bincount(np.searchsorted(edges, reference, side="right"), minlength=n_bins) / reference.size, 1e-4)
    l = np.maximum(np.bincount(np.searchsorted(edges, live, side="right"), minlength=n_bins) / live.size, 1e-4)
    return float(np.sum((l - r) * np.log(l / r)))
