# verdict: wrong
# misconception: no bootstrap percentiles: the interval is the difference plus or minus the standard deviation of the per-policy differences
# feedback: one standard deviation of the per-policy differences
# score: 2
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, with an interval."""
    train, test = holdout_split(policies)
    y = test["nclaims"].to_numpy(dtype=float)

    def unit_deviance(mu):
        mu = np.asarray(mu, dtype=float)
        return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))

    per_policy = unit_deviance(fit_predict_a(train, test)) - unit_deviance(fit_predict_b(train, test))
    difference, spread = per_policy.mean(), per_policy.std()
    return {"difference": float(difference), "low": float(difference - spread), "high": float(difference + spread)}
