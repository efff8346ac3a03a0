# verdict: wrong
# misconception: adds exposure to the features instead of giving log(exposure) as a base margin
# feedback: exposure is being used as a feature
# score: 0
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost that sees the exposure."""
    columns = list(features) + ["exposure"]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[columns], train["nclaims"])
    return model.predict(test[columns])
