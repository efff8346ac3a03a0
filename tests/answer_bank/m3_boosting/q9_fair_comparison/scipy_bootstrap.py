# verdict: correct
# misconception: another library: scipy.stats.bootstrap of the per-policy differences (percentile method, seeded generator), deviances with scipy.special.xlogy
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    from scipy import stats
    from scipy.special import xlogy
    train, test = holdout_split(policies)
    y = test["nclaims"].to_numpy(dtype=float)
    deviance = lambda mu: 2 * (xlogy(y, y) - xlogy(y, mu) - (y - mu))
    diffs = deviance(np.asarray(fit_predict_a(train, test), dtype=float)) - deviance(
        np.asarray(fit_predict_b(train, test), dtype=float))
    result = stats.bootstrap((diffs,), np.mean, n_resamples=n_boot, confidence_level=0.95, method="percentile",
                             random_state=np.random.default_rng(seed))
    low, high = result.confidence_interval
    return {"difference": diffs.mean(), "low": low, "high": high}
