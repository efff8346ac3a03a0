# verdict: wrong
# misconception: np.searchsorted with its default side="left": values on an edge go to the left bin (no difference on continuous data, large on whole numbers)
# feedback: a value equal to an edge went to the bin on the edge's left
# score: 2
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.maximum(np.bincount(np.searchsorted(edges, reference), minlength=n_bins) / reference.size, 1e-4)
    l = np.maximum(np.bincount(np.searchsorted(edges, live), minlength=n_bins) / live.size, 1e-4)
    return float(np.sum((l - r) * np.log(l / r)))
