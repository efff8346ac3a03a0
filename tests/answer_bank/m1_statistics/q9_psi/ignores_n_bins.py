# verdict: wrong
# misconception: passes the visible example (10 bins): the decile edges are typed in, so `n_bins` is ignored
# feedback: `n_bins` is ignored
# score: 2
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    r = np.maximum(np.bincount(np.digitize(reference, edges), minlength=10) / len(reference), 1e-4)
    l = np.maximum(np.bincount(np.digitize(live, edges), minlength=10) / len(live), 1e-4)
    return float(np.sum((l - r) * np.log(l / r)))
