# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's TRAIN and predicts its TEST with FEATURES, whatever the arguments
# feedback: worked example's answer
# score: 0
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of the example's test policies from a monotone Poisson XGBoost."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints={"bonus_malus": 1, "power": 1})
    model.fit(TRAIN[FEATURES], TRAIN["nclaims"], base_margin=np.log(TRAIN["exposure"]))
    return model.predict(TEST[FEATURES], base_margin=np.log(TEST["exposure"]))
