# verdict: wrong
# misconception: fits nclaims directly with the right features but no exposure: no offset, no weights, and predict_claims returns the fitted count whatever the policy's exposure
# feedback: doubling every policy's exposure must double
# score: 2
%%writefile pricing/model.py
"""Claim counts: a Poisson GLM on features built from the policy."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler


@dataclass
class FrequencyModel:
    pipeline: Pipeline
    mileage_median: float


def features(policies: pd.DataFrame, mileage_median: float) -> pd.DataFrame:
    mileage = policies["mileage"].astype(float)
    age = policies["driver_age"].astype(float)
    return pd.DataFrame({
        "driver_age": age,
        "age_squared": (age - 45.0) ** 2,
        "bonus_malus": policies["bonus_malus"].astype(float),
        "log_power": np.log(policies["power"].astype(float)),
        "log_mileage": np.log(mileage.fillna(mileage_median)),
        "mileage_missing": mileage.isna().astype(float),
        "car_age": policies["car_age"].astype(float),
        "urban": (policies["region"].astype(str) == "urban").astype(float),
        "rural": (policies["region"].astype(str) == "rural").astype(float),
        "diesel": (policies["fuel"].astype(str) == "diesel").astype(float),
    }, index=policies.index)


def train(policies: pd.DataFrame) -> FrequencyModel:
    median = float(policies["mileage"].median())
    pipeline = make_pipeline(StandardScaler(), PoissonRegressor(alpha=1e-6, max_iter=1000))
    pipeline.fit(features(policies, median), policies["nclaims"])     # the claim count is the target
    return FrequencyModel(pipeline, median)


def predict_claims(model: FrequencyModel, policies: pd.DataFrame) -> np.ndarray:
    return model.pipeline.predict(features(policies, model.mileage_median))
