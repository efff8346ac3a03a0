# verdict: wrong
# misconception: fits the claim rate nclaims / exposure without exposure weights (a half-year policy with one claim counts as a rate of 2 with full weight), then multiplies by the test exposure
# feedback: your model learned little
# score: 2
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost on the unweighted claim rate."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"] / train["exposure"])
    return model.predict(test[features]) * test["exposure"].to_numpy()
