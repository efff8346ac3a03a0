# verdict: correct
# misconception: scikit-learn LogisticRegression(C=np.inf) with lbfgs at its default tolerance: not as close to statsmodels as a converged fit, but the same model
from sklearn.linear_model import LogisticRegression


def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim from an unpenalised logistic regression."""
    model = LogisticRegression(C=np.inf, max_iter=1000).fit(train[features], train["fraud"])
    return model.predict_proba(test[features])[:, 1]
