# verdict: wrong
# misconception: a tuple as long as `features` but with +1 at the example's positions (2nd and 3rd column), so in another column order the constraint lands on the wrong features
# feedback: Constrain by name
# score: 2
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a monotone Poisson XGBoost."""
    constraints = tuple(1 if i in (1, 2) else 0 for i in range(len(features)))
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints=constraints)
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[features], base_margin=np.log(test["exposure"]))
