# verdict: correct
# misconception: the monotone tuple built from the order of `features` (+1 where the feature is in `increasing`, 0 elsewhere)
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost, non-decreasing in ``increasing``."""
    constraints = tuple(1 if name in increasing else 0 for name in features)
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints=constraints)
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[features], base_margin=np.log(test["exposure"]))
