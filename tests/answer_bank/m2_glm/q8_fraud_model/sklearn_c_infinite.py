# verdict: correct
# misconception: scikit-learn LogisticRegression(C=np.inf) with the newton-cholesky solver: an infinitely weak penalty is no penalty
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim from an unpenalised logistic regression."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=np.inf, solver="newton-cholesky", tol=1e-10, max_iter=1000)
    model.fit(train[features].to_numpy(), train["fraud"].to_numpy())
    return model.predict_proba(test[features].to_numpy())[:, 1]
