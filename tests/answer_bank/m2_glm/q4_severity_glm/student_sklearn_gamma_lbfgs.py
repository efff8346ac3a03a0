# verdict: correct
# misconception: none — GammaRegressor(alpha=0) with its default lbfgs solver, OneHotEncoder with the train categories, returned as a list
import numpy as np
import pandas as pd
from sklearn.linear_model import GammaRegressor
from sklearn.preprocessing import OneHotEncoder


def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    claims = train.query("nclaims > 0")
    enc = OneHotEncoder(categories=[list(train[f].cat.categories) for f in factors],
                        drop="first", sparse_output=False, handle_unknown="ignore")
    X = enc.fit_transform(claims[factors])
    model = GammaRegressor(alpha=0, max_iter=1000)
    model.fit(X, claims["amount"] / claims["nclaims"], sample_weight=claims["nclaims"])
    return list(model.predict(enc.transform(test[factors])))
