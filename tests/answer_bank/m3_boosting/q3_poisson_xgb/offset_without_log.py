# verdict: wrong
# misconception: the base margin is the exposure itself rather than log(exposure), at fit and at prediction
# feedback: the offset is the exposure itself
# score: 0
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost with an exposure offset."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"], base_margin=train["exposure"])
    return model.predict(test[features], base_margin=test["exposure"])
