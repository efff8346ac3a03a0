# verdict: correct
# misconception: none — TweedieRegressor with the default lbfgs solver, alpha=0; returns a pandas Series aligned on test's index
import numpy as np
import pandas as pd
from sklearn.linear_model import TweedieRegressor


def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    both = pd.get_dummies(pd.concat([train[factors], test[factors]]), drop_first=True, dtype=float)
    X, Xt = both.iloc[:len(train)], both.iloc[len(train):]
    model = TweedieRegressor(power=power, alpha=0.0, link="log", max_iter=1000)
    model.fit(X, train["amount"].to_numpy() / train["exposure"].to_numpy(),
              sample_weight=train["exposure"].to_numpy())
    return pd.Series(model.predict(Xt), index=test.index)
