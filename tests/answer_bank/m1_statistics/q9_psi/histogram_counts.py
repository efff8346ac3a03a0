# verdict: correct
# misconception: np.histogram on the reference quantile edges padded with -inf/inf, shares floored with np.clip
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index with np.histogram."""
    reference = np.asarray(reference, dtype=float)
    live = np.asarray(live, dtype=float)
    inner = np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1])
    bins = np.concatenate([[-np.inf], inner, [np.inf]])
    r = np.clip(np.histogram(reference, bins=bins)[0] / len(reference), 1e-4, None)
    l = np.clip(np.histogram(live, bins=bins)[0] / len(live), 1e-4, None)
    return float(np.sum((l - r) * np.log(l / r)))
