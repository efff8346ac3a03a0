# verdict: correct
# misconception: the course's split written out as a mask (id % 5 == 0), unit deviances with scipy's xlogy, rng.choice resamples and np.quantile
from scipy.special import xlogy


def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B on the course's split, with a paired bootstrap interval."""
    is_test = policies["id"] % 5 == 0
    train, test = policies[~is_test], policies[is_test]
    y = test["nclaims"].to_numpy(dtype=float)
    deviance = {}
    for name, fit_predict in [("a", fit_predict_a), ("b", fit_predict_b)]:
        mu = np.asarray(fit_predict(train, test), dtype=float)
        deviance[name] = 2 * (xlogy(y, y) - xlogy(y, mu) - (y - mu))
    per_policy = pd.Series(deviance["a"] - deviance["b"])
    rng = np.random.default_rng(seed)
    boot = np.array([per_policy.to_numpy()[rng.choice(len(y), size=len(y), replace=True)].mean()
                     for _ in range(n_boot)])
    low, high = np.quantile(boot, [0.025, 0.975])
    return {"difference": float(per_policy.mean()), "low": float(low), "high": float(high)}
