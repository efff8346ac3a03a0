# verdict: correct
# misconception: scikit-learn TweedieRegressor(power=power, alpha=0, link="log", solver="newton-cholesky") on amount / exposure with sample_weight=exposure
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from an unpenalised, exposure-weighted Tweedie regression."""
    from sklearn.linear_model import TweedieRegressor
    X_train = pd.get_dummies(train[factors], drop_first=True, dtype=float)
    X_test = pd.get_dummies(test[factors], drop_first=True, dtype=float)[X_train.columns]
    model = TweedieRegressor(power=power, alpha=0, link="log", solver="newton-cholesky",
                             tol=1e-10, max_iter=1000)
    model.fit(X_train, train["amount"] / train["exposure"], sample_weight=train["exposure"])
    return model.predict(X_test)
