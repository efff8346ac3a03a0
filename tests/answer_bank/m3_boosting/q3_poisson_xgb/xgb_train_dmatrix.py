# verdict: correct
# misconception: the native API: xgb.train on a DMatrix whose base_margin is log(exposure), predicting from a test DMatrix with its own base margin
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost with a log(exposure) offset."""
    fit = xgb.DMatrix(train[features], label=train["nclaims"], base_margin=np.log(train["exposure"]),
                      enable_categorical=True)
    new = xgb.DMatrix(test[features], base_margin=np.log(test["exposure"]), enable_categorical=True)
    params = {"objective": "count:poisson", "eta": 0.05, "max_depth": 3, "tree_method": "hist", "nthread": 1}
    booster = xgb.train(params, fit, num_boost_round=300)
    return booster.predict(new)
