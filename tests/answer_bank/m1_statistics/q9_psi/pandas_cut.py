# verdict: correct
# misconception: pd.cut on [-inf, reference quantiles, inf] with left-closed bins, value_counts(normalize=True), clip(lower=1e-4)
def psi(reference, live, n_bins: int = 10) -> float:
    """Population Stability Index with pandas."""
    reference = pd.Series(reference, dtype=float)
    live = pd.Series(live, dtype=float)
    inner = reference.quantile(np.linspace(0, 1, n_bins + 1)[1:-1]).to_numpy()
    bins = np.concatenate([[-np.inf], inner, [np.inf]])

    def shares(sample):
        binned = pd.cut(sample, bins=bins, right=False, labels=False)
        share = binned.value_counts(normalize=True).reindex(range(n_bins), fill_value=0.0)
        return share.clip(lower=1e-4).to_numpy()

    r, l = shares(reference), shares(live)
    return float(((l - r) * np.log(l / r)).sum())
