# verdict: correct
# misconception: sm.GLM on a hand-built dummy matrix (pd.get_dummies, drop_first) with offset=log(exposure), predicted as exp(X beta + log exposure)
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM on a dummy design matrix."""
    X_train = sm.add_constant(pd.get_dummies(train[factors], drop_first=True, dtype=float))
    X_test = sm.add_constant(pd.get_dummies(test[factors], drop_first=True, dtype=float),
                             has_constant="add")[X_train.columns]
    model = sm.GLM(train["nclaims"], X_train, family=sm.families.Poisson(),
                   offset=np.log(train["exposure"])).fit()
    return np.exp(X_test.to_numpy() @ model.params.to_numpy() + np.log(test["exposure"].to_numpy()))
