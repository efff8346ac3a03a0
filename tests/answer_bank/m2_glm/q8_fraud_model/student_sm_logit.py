# verdict: correct
# misconception: none — sm.Logit with add_constant (has_constant="add" on test), predict gives P(fraud)
import numpy as np
import pandas as pd
import statsmodels.api as sm


def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    X = sm.add_constant(train[features].astype(float))
    Xt = sm.add_constant(test[features].astype(float), has_constant="add")
    res = sm.Logit(train["fraud"], X).fit(disp=0)
    return np.asarray(res.predict(Xt))
