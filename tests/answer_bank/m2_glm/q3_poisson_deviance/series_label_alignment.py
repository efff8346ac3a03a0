# verdict: wrong
# misconception: passes the visible example (and every call with one index): computes on the inputs as given, so two pandas Series with different indexes are aligned by label, pairing each y with another policy's mu
# feedback: pandas paired y and mu by index label
# score: 0
import numpy as np
import pandas as pd


def mean_poisson_deviance(y, mu) -> float:
    y = pd.Series(y) if isinstance(y, list) else y
    mu = pd.Series(mu) if isinstance(mu, list) else mu
    ylog = (y * np.log(y / mu)).fillna(0.0) if isinstance(y, pd.Series) else np.where(y > 0, y * np.log(np.where(y > 0, y, 1) / mu), 0.0)
    terms = ylog - (y - mu)
    return float(2 * np.nansum(terms) / len(y))
