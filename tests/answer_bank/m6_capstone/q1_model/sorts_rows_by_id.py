# verdict: wrong
# misconception: passes the visible example (LIVE comes sorted by id): predict_claims sorts the policies by id "so the output is tidy" before building the features, so on rows in any other order each prediction lands on another policy
# feedback: in the order of the rows it is given
# score: 6
%%writefile pricing/model.py
"""Claim frequency: Poisson GLM (scikit-learn) on hand-built features, exposure as weights."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


@dataclass
class Model:
    pipeline: object
    median_mileage: float


def _features(policies, median_mileage):
    km = policies["mileage"].astype(float)
    age = policies["driver_age"].astype(float)
    return pd.DataFrame({
        "age": age, "age2": (age - 45) ** 2, "bm": policies["bonus_malus"].astype(float),
        "log_power": np.log(policies["power"].astype(float)),
        "log_km": np.log(km.fillna(median_mileage)), "km_missing": km.isna().astype(float),
        "car_age": policies["car_age"].astype(float),
        "urban": (policies["region"].astype(str) == "urban").astype(float),
        "rural": (policies["region"].astype(str) == "rural").astype(float),
        "diesel": (policies["fuel"].astype(str) == "diesel").astype(float),
    })


def train(policies):
    median = float(policies["mileage"].median())
    pipe = make_pipeline(StandardScaler(), PoissonRegressor(alpha=1e-6, max_iter=1000))
    pipe.fit(_features(policies, median), policies["nclaims"] / policies["exposure"],
             poissonregressor__sample_weight=policies["exposure"])
    return Model(pipe, median)


def predict_claims(model, policies):
    tidy = policies.sort_values("id")          # a tidy, reproducible order
    rate = model.pipeline.predict(_features(tidy, model.median_mileage))
    return rate * tidy["exposure"].to_numpy(dtype=float)
