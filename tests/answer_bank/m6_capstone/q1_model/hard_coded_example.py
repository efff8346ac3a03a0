# verdict: wrong
# misconception: hard-coded to the visible example: one frequency for everyone, the 0.1576 claims per policy-year read off TRAIN in the notebook, times the exposure (doubling works, the model has no skill)
# feedback: skill
# score: 4
%%writefile pricing/model.py
"""Claim frequency: the book's average frequency, times the exposure."""

import numpy as np
import pandas as pd

FREQUENCY = 0.1576   # TRAIN["nclaims"].sum() / TRAIN["exposure"].sum()


def train(policies: pd.DataFrame) -> float:
    return FREQUENCY


def predict_claims(model: float, policies: pd.DataFrame) -> np.ndarray:
    return model * policies["exposure"].to_numpy(dtype=float)
