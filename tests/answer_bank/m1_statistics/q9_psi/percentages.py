# verdict: wrong
# misconception: shares in percent (counts / n x 100) in the difference term, a PSI 100 times too large
# feedback: percentages were used instead of proportions
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.maximum(np.bincount(np.searchsorted(edges, reference, side="right"), minlength=n_bins) / reference.size, 1e-4)
    l = np.maximum(np.bincount(np.searchsorted(edges, live, side="right"), minlength=n_bins) / live.size, 1e-4)
    return float(np.sum((100 * l - 100 * r) * np.log(l / r)))
