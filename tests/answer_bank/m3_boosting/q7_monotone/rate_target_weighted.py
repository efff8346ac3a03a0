# verdict: correct
# misconception: the claim RATE nclaims / exposure as target with sample_weight=exposure (same Poisson fit as the offset), constraints by name, predicted rate times the test exposure
def monotone_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str],
                    increasing: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost of the claim rate, monotone in ``increasing``."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=300, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             monotone_constraints={name: 1 for name in increasing})
    model.fit(train[features], train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    return model.predict(test[features]) * test["exposure"].to_numpy()
