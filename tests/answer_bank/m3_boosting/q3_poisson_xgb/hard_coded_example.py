# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's TRAIN with FEATURES and predicts TEST, whatever the arguments
# feedback: worked example's answer
# score: 0
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of the example's test policies."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(TRAIN[FEATURES], TRAIN["nclaims"], base_margin=np.log(TRAIN["exposure"]))
    return model.predict(TEST[FEATURES], base_margin=np.log(TEST["exposure"]))
