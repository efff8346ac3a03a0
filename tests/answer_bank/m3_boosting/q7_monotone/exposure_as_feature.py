# verdict: wrong
# misconception: exposure added to the features (no base_margin offset), with the monotone constraints by name
# feedback: Exposure is being used as a feature
# score: 0
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a monotone Poisson XGBoost."""
    columns = [*features, "exposure"]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints={name: 1 for name in increasing})
    model.fit(train[columns], train["nclaims"])
    return model.predict(test[columns])
