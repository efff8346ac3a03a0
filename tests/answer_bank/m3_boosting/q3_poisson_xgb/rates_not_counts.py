# verdict: wrong
# misconception: fits the claim rate nclaims / exposure weighted by exposure (a right model) but returns the predicted rates, never multiplied by the test exposure
# feedback: multiply the predicted rate by the exposure
# score: 0
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim frequency of ``test`` from a Poisson XGBoost on the claim rate."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    return model.predict(test[features])
