# verdict: correct
# misconception: none — OneHotEncoder(drop="first") in a Pipeline, PoissonRegressor(alpha=0, solver="newton-cholesky"); dropping the alphabetically first level only reparametrises, predictions are the same
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder


def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    pipe = make_pipeline(
        ColumnTransformer([("cat", OneHotEncoder(drop="first", handle_unknown="ignore"), factors)]),
        PoissonRegressor(alpha=0, solver="newton-cholesky"),
    )
    pipe.fit(train, train["nclaims"] / train["exposure"],
             poissonregressor__sample_weight=train["exposure"])
    return pipe.predict(test) * test["exposure"].to_numpy()
