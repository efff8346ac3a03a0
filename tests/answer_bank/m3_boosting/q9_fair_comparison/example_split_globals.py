# verdict: wrong
# misconception: passes the visible example: hard-coded to the worked example's split: uses the notebook's TRAIN and TEST instead of splitting `policies`, right only when policies is that book
# feedback: other policies than the course's split
# score: 0
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, with a paired bootstrap interval."""
    train, test = TRAIN, TEST
    y = test["nclaims"].to_numpy(dtype=float)

    def unit_deviance(mu):
        mu = np.asarray(mu, dtype=float)
        return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))

    per_policy = unit_deviance(fit_predict_a(train, test)) - unit_deviance(fit_predict_b(train, test))
    resamples = np.random.default_rng(seed).integers(0, len(y), size=(n_boot, len(y)))
    low, high = np.percentile(per_policy[resamples].mean(axis=1), [2.5, 97.5])
    return {"difference": float(per_policy.mean()), "low": float(low), "high": float(high)}
