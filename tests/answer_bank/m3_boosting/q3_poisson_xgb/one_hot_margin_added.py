# verdict: correct
# misconception: one-hot encodes the categorical features with pandas, and adds the log exposure to the output margin by hand (exp(margin + log w))
def predict_claims_xgb(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """Expected claim counts of ``test`` from a Poisson XGBoost with a log(exposure) offset."""
    both = pd.get_dummies(pd.concat([train[features], test[features]]), dtype=float)
    X_train, X_test = both.iloc[:len(train)], both.iloc[len(train):]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=400, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=1)
    model.fit(X_train, train["nclaims"], base_margin=np.log(train["exposure"].to_numpy()))
    margin = model.predict(X_test, output_margin=True, base_margin=np.zeros(len(test)))
    return np.exp(margin + np.log(test["exposure"].to_numpy()))
