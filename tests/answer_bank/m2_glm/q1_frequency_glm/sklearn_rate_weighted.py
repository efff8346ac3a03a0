# verdict: correct
# misconception: the same model as a weighted rate: unpenalised PoissonRegressor on nclaims / exposure with sample_weight=exposure, times the test exposure
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from an unpenalised Poisson regression on the claim rate."""
    from sklearn.linear_model import PoissonRegressor
    X_train = pd.get_dummies(train[factors], drop_first=True, dtype=float)
    X_test = pd.get_dummies(test[factors], drop_first=True, dtype=float)[X_train.columns]
    model = PoissonRegressor(alpha=0, solver="newton-cholesky", tol=1e-10, max_iter=1000)
    model.fit(X_train, train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    return model.predict(X_test) * test["exposure"].to_numpy()
