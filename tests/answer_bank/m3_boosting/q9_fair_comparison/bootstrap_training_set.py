# verdict: wrong
# misconception: bootstraps the TRAINING policies: scores both models on the training set (fit_predict(train, train)) and resamples those in-sample deviance differences
# feedback: other policies than the course's split
# score: 0
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Deviance of model A minus model B, with a paired bootstrap interval over the training policies."""
    train, test = holdout_split(policies)

    def unit_deviance(y, mu):
        y, mu = np.asarray(y, dtype=float), np.asarray(mu, dtype=float)
        return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))

    y_test, y_train = test["nclaims"], train["nclaims"]
    difference = (unit_deviance(y_test, fit_predict_a(train, test))
                  - unit_deviance(y_test, fit_predict_b(train, test))).mean()
    per_policy = (unit_deviance(y_train, fit_predict_a(train, train))
                  - unit_deviance(y_train, fit_predict_b(train, train)))
    resamples = np.random.default_rng(seed).integers(0, len(train), size=(n_boot, len(train)))
    low, high = np.percentile(per_policy[resamples].mean(axis=1), [2.5, 97.5])
    return {"difference": float(difference), "low": float(low), "high": float(high)}
