# verdict: wrong
# misconception: the Poisson XGBoost with its exposure offset, but no monotone constraint at all: predictions wiggle down where data are thin
# feedback: Predictions fall as
# score: 0
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True)
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[features], base_margin=np.log(test["exposure"]))
