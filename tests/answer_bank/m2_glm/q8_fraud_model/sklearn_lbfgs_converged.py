# verdict: correct
# misconception: scikit-learn LogisticRegression(C=np.inf) (no penalty) with lbfgs run to convergence (max_iter=5000, tol=1e-10), predict_proba[:, 1]
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim from an unpenalised logistic regression."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=np.inf, max_iter=5000, tol=1e-10)
    model.fit(train[features], train["fraud"])
    return model.predict_proba(test[features])[:, 1]
