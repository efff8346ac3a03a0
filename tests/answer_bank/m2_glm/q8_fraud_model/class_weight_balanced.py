# verdict: wrong
# misconception: class_weight='balanced' to "handle the imbalance": the ranking survives but the probabilities are inflated towards 0.5
# feedback: class_weight='balanced'
# score: 0
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=np.inf, class_weight="balanced", max_iter=2000)
    model.fit(train[features], train["fraud"])
    return model.predict_proba(test[features])[:, 1]
