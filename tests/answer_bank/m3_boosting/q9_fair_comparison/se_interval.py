# verdict: wrong
# misconception: a standard-error interval instead of percentiles: the difference plus or minus one standard deviation of the bootstrap differences (about a 68 % interval)
# feedback: plus or minus the bootstrap standard deviation
# score: 2
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, plus or minus its bootstrap standard error."""
    train, test = holdout_split(policies)
    y = test["nclaims"].to_numpy(dtype=float)

    def unit_deviance(mu):
        mu = np.asarray(mu, dtype=float)
        return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))

    per_policy = unit_deviance(fit_predict_a(train, test)) - unit_deviance(fit_predict_b(train, test))
    resamples = np.random.default_rng(seed).integers(0, len(y), size=(n_boot, len(y)))
    standard_error = per_policy[resamples].mean(axis=1).std()
    difference = per_policy.mean()
    return {"difference": float(difference), "low": float(difference - standard_error),
            "high": float(difference + standard_error)}
