# verdict: wrong
# misconception: KL divergence sum(live x ln(live / ref)) instead of the PSI's sum((live - ref) x ln(live / ref))
# feedback: Kullback-Leibler
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.maximum(np.bincount(np.digitize(reference, edges), minlength=n_bins) / reference.size, 1e-4)
    l = np.maximum(np.bincount(np.digitize(live, edges), minlength=n_bins) / live.size, 1e-4)
    return float(np.sum(l * np.log(l / r)))
