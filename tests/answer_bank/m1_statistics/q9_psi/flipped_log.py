# verdict: wrong
# misconception: the log ratio upside down, ln(ref / live) with (live - ref): minus the PSI
# feedback: the sign is flipped
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    r = np.maximum(np.bincount(np.digitize(reference, edges), minlength=n_bins) / len(reference), 1e-4)
    l = np.maximum(np.bincount(np.digitize(live, edges), minlength=n_bins) / len(live), 1e-4)
    return float(np.sum((l - r) * np.log(r / l)))
