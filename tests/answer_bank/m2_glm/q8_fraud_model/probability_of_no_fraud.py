# verdict: wrong
# misconception: takes predict_proba(...)[:, 0], the probability of class 0 (no fraud)
# feedback: these are probabilities of NO fraud
# score: 0
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=np.inf, max_iter=5000, tol=1e-10)
    model.fit(train[features], train["fraud"])
    return model.predict_proba(test[features])[:, 0]
