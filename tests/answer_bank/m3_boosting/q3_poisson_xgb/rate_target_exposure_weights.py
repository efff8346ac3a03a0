# verdict: correct
# misconception: the rate target nclaims / exposure with sample_weight=exposure (the same Poisson likelihood), predicted rate times the test exposure
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost on the exposure-weighted claim rate."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    return model.predict(test[features]) * test["exposure"].to_numpy()
