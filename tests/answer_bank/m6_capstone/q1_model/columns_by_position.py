# verdict: wrong
# misconception: passes the visible example (TRAIN's and LIVE's layout): selects the rating columns by position (iloc[:, 2:9], "the file always has this layout") and renames them: right on TRAIN's layout, wrong as soon as the columns come in another order
# feedback: select the columns by name
# score: 6
%%writefile pricing/model.py
"""Claim frequency: a Poisson GLM on features built from the policy, with an exposure offset."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

RATING = ["driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]


@dataclass
class FrequencyModel:
    pipeline: Pipeline
    mileage_median: float


def features(policies: pd.DataFrame, mileage_median: float) -> pd.DataFrame:
    rating = policies.iloc[:, 2:9].copy()           # after id and exposure, as in train.csv
    rating.columns = RATING
    age = pd.to_numeric(rating["driver_age"], errors="coerce")
    mileage = pd.to_numeric(rating["mileage"], errors="coerce")
    return pd.DataFrame({
        "driver_age": age,
        "age_squared": (age - 45.0) ** 2,
        "bonus_malus": pd.to_numeric(rating["bonus_malus"], errors="coerce"),
        "log_power": np.log(pd.to_numeric(rating["power"], errors="coerce")),
        "log_mileage": np.log(mileage.fillna(mileage_median)),
        "mileage_missing": mileage.isna().astype(float),
        "car_age": pd.to_numeric(rating["car_age"], errors="coerce"),
        "urban": (rating["region"].astype(str) == "urban").astype(float),
        "rural": (rating["region"].astype(str) == "rural").astype(float),
        "diesel": (rating["fuel"].astype(str) == "diesel").astype(float),
    }, index=policies.index).fillna(0.0)


def train(policies: pd.DataFrame) -> FrequencyModel:
    median = float(policies["mileage"].median())
    pipeline = make_pipeline(StandardScaler(), PoissonRegressor(alpha=1e-6, max_iter=1000))
    pipeline.fit(features(policies, median), policies["nclaims"] / policies["exposure"],
                 poissonregressor__sample_weight=policies["exposure"])
    return FrequencyModel(pipeline, median)


def predict_claims(model: FrequencyModel, policies: pd.DataFrame) -> np.ndarray:
    frequency = model.pipeline.predict(features(policies, model.mileage_median))
    return frequency * policies["exposure"].to_numpy(dtype=float)
