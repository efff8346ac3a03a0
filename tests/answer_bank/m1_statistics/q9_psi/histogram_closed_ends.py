# verdict: wrong
# misconception: np.histogram on all n_bins + 1 reference quantiles, min and max included: live values outside the reference's range are dropped
# feedback: values outside the reference's range were dropped
# score: 0
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index."""
    reference, live = np.asarray(reference, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(reference, np.linspace(0, 1, n_bins + 1))
    r = np.maximum(np.histogram(reference, bins=edges)[0] / len(reference), 1e-4)
    l = np.maximum(np.histogram(live, bins=edges)[0] / len(live), 1e-4)
    return float(np.sum((l - r) * np.log(l / r)))
