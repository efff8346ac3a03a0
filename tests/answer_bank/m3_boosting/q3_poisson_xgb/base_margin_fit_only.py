# verdict: wrong
# misconception: passes base_margin=log(exposure) to fit but not to predict, so it returns annual frequencies, not the claims expected over each policy's exposure
# feedback: left predict_claims_xgb's predictions unchanged
# score: 0
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost with a log(exposure) offset."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[features])
