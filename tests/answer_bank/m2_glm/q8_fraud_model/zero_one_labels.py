# verdict: wrong
# misconception: returns model.predict(...), the 0/1 labels at a 0.5 threshold, instead of probabilities
# feedback: these are 0/1 predictions at a 0.5 threshold
# score: 0
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=np.inf, max_iter=5000)
    model.fit(train[features], train["fraud"])
    return model.predict(test[features])
