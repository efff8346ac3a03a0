# verdict: wrong
# misconception: passes the visible example: uses the notebook's FEATURES and constrains bonus_malus and power whatever `features` and `increasing` say: right on the visible book and on another order of its columns, a KeyError on the real portfolio
# feedback: Your code raised KeyError
# score: 2
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a monotone Poisson XGBoost."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints={"bonus_malus": 1, "power": 1})
    model.fit(train[FEATURES], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[FEATURES], base_margin=np.log(test["exposure"]))
