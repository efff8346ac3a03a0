# verdict: wrong
# misconception: a monotone tuple typed for the example's column order FEATURES, (0, 1, 1, 0, 0, 0, 0): right on the visible book, wrong (here a crash) with other feature lists
# feedback: Your code raised XGBoostError
# score: 2
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a monotone Poisson XGBoost."""
    # driver_age, bonus_malus, power, car_age, mileage, region, fuel
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints=(0, 1, 1, 0, 0, 0, 0))
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]))
    return model.predict(test[features], base_margin=np.log(test["exposure"]))
