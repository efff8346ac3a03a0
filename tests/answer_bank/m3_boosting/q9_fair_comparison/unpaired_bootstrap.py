# verdict: wrong
# misconception: right split and difference, but each model's deviances resampled with their own indices (an unpaired bootstrap): the interval ignores that both models err on the same policies and comes out far too wide
# feedback: an unpaired bootstrap
# score: 2
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, with a bootstrap interval."""
    train, test = holdout_split(policies)
    y = test["nclaims"].to_numpy(dtype=float)

    def unit_deviance(mu):
        mu = np.asarray(mu, dtype=float)
        return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))

    dev_a, dev_b = unit_deviance(fit_predict_a(train, test)), unit_deviance(fit_predict_b(train, test))
    rng = np.random.default_rng(seed)
    boot_a = dev_a[rng.integers(0, len(y), size=(n_boot, len(y)))].mean(axis=1)
    boot_b = dev_b[rng.integers(0, len(y), size=(n_boot, len(y)))].mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [2.5, 97.5])
    return {"difference": float(dev_a.mean() - dev_b.mean()), "low": float(low), "high": float(high)}
