# verdict: wrong
# misconception: passes the visible example: fits the model on the notebook's global TRAIN and FEATURES instead of the train passed in (predicts the right test policies with their exposure)
# feedback: Your code raised KeyError
# score: 2
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost with a log(exposure) offset."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(TRAIN[FEATURES], TRAIN["nclaims"], base_margin=np.log(TRAIN["exposure"]))
    return model.predict(test[FEATURES], base_margin=np.log(test["exposure"]))
