# verdict: wrong
# misconception: passes the visible example: no epsilon floor, an empty live bin gives (0 - r) x ln(0) = inf; the definition cell has no empty bin, so it keeps those 2 points
# feedback: floor every share at 1e-4
# score: 2
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=n_bins) / reference.size
    l = np.bincount(np.searchsorted(edges, live, side="right"), minlength=n_bins) / live.size
    return float(np.sum((l - r) * np.log(l / r)))
