# verdict: wrong
# misconception: passes the visible example: scikit-learn's LogisticRegression() as it comes: the default C=1.0 penalty shrinks the coefficients, so the riskiest claims' probabilities come out too low
# feedback: penalises the coefficients by default
# score: 0
from sklearn.linear_model import LogisticRegression


def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim from scikit-learn's logistic regression."""
    model = LogisticRegression(max_iter=1000).fit(train[features], train["fraud"])
    return model.predict_proba(test[features])[:, 1]
