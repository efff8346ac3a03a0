# verdict: correct
# misconception: none — LogisticRegression(penalty=None) with default lbfgs, predict_proba[:, 1]
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression


def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    clf = LogisticRegression(penalty=None)
    clf.fit(train[features], train["fraud"])
    return clf.predict_proba(test[features])[:, 1]
