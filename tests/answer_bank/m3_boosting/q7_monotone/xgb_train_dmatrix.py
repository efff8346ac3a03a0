# verdict: correct
# misconception: native xgb.train on a DMatrix with base_margin=log(exposure), the constraints as XGBoost's string "(0,1,...)" built from the feature order
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost, non-decreasing in ``increasing``."""
    constraints = "(" + ",".join("1" if name in increasing else "0" for name in features) + ")"
    params = {"objective": "count:poisson", "learning_rate": 0.05, "max_depth": 3, "tree_method": "hist",
              "nthread": 1, "monotone_constraints": constraints}
    fit_data = xgb.DMatrix(train[features], label=train["nclaims"], base_margin=np.log(train["exposure"]),
                           enable_categorical=True)
    booster = xgb.train(params, fit_data, num_boost_round=300)
    test_data = xgb.DMatrix(test[features], base_margin=np.log(test["exposure"]), enable_categorical=True)
    return booster.predict(test_data)
