# verdict: correct
# misconception: np.percentile at 100 * k / n_bins for k = 1 .. n_bins - 1 (levels written differently from np.linspace) and np.digitize, Series accepted through np.asarray
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index with percentile edges."""
    reference = np.asarray(reference, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = np.percentile(reference, [100 * k / n_bins for k in range(1, n_bins)])
    ref_share = np.bincount(np.digitize(reference, edges), minlength=n_bins) / len(reference)
    live_share = np.bincount(np.digitize(live, edges), minlength=n_bins) / len(live)
    ref_share = np.where(ref_share < 1e-4, 1e-4, ref_share)
    live_share = np.where(live_share < 1e-4, 1e-4, live_share)
    return float(np.sum((live_share - ref_share) * np.log(live_share / ref_share)))
