# verdict: wrong
# misconception: student-helper (m6, pro): fits the raw claim counts with exposure as sample weights, then multiplies by the exposure: about 5 % too few claims on its own training book, invisible to the skill score
# feedback: counts weighted by exposure are a different model
# score: 6
%%writefile pricing/model.py
"""Claim frequency: a Poisson GLM on features built from the policy, with an exposure offset."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler
from threadpoolctl import threadpool_limits

RATING_COLUMNS = ["driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]
LEVELS = {"region": ["urban", "suburban", "rural"], "fuel": ["petrol", "diesel"]}
NUMERIC_FEATURES = ["bonus_malus", "log_power", "log_mileage", "mileage_missing", "young_powerful"]
YOUNG_AGE, HIGH_POWER = 30, 80          # module 3 lesson 7: young drivers in powerful cars claim more


@dataclass(frozen=True)
class FrequencyModel:
    """A fitted Poisson GLM of claims per policy-year and what its features learned from the book."""

    pipeline: Pipeline
    mileage_fill: float                 # training median, used where mileage is not declared

    def frequency(self, policies: pd.DataFrame) -> np.ndarray:
        """Expected claims per policy-year."""
        with threadpool_limits(1):
            return self.pipeline.predict(features(policies, self.mileage_fill))


def features(policies: pd.DataFrame, mileage_fill: float) -> pd.DataFrame:
    """The GLM's view of a book: columns picked by name, categories compared as text; the input is not modified."""
    age = pd.to_numeric(policies["driver_age"]).to_numpy(dtype=float)
    power = pd.to_numeric(policies["power"]).to_numpy(dtype=float)
    mileage = pd.to_numeric(policies["mileage"]).to_numpy(dtype=float)
    missing = np.isnan(mileage)
    return pd.DataFrame({
        "driver_age": age,
        "bonus_malus": pd.to_numeric(policies["bonus_malus"]).to_numpy(dtype=float),
        "log_power": np.log(power),
        "log_mileage": np.log(np.where(missing, mileage_fill, mileage)),
        "mileage_missing": missing.astype(float),
        "young_powerful": ((age < YOUNG_AGE) & (power >= HIGH_POWER)).astype(float),
        "region": policies["region"].astype(str).to_numpy(),
        "fuel": policies["fuel"].astype(str).to_numpy(),
    })


def _pipeline() -> Pipeline:
    columns = ColumnTransformer([
        ("age", SplineTransformer(n_knots=6, degree=3, extrapolation="constant"), ["driver_age"]),
        ("numeric", StandardScaler(), NUMERIC_FEATURES),
        ("levels", OneHotEncoder(categories=[LEVELS["region"], LEVELS["fuel"]], drop="first",
                                 handle_unknown="ignore"), ["region", "fuel"]),
    ])
    return make_pipeline(columns, PoissonRegressor(alpha=1e-6, max_iter=1000, tol=1e-8))


def train(policies: pd.DataFrame) -> FrequencyModel:
    """Fit claim frequency (nclaims / exposure, weighted by exposure) on the rating columns."""
    exposure = policies["exposure"].to_numpy(dtype=float)
    mileage_fill = float(pd.to_numeric(policies["mileage"]).median())
    pipeline = _pipeline()
    with threadpool_limits(1):   # BLAS/OpenMP threads only fight on a shared machine
        pipeline.fit(features(policies, mileage_fill), policies["nclaims"].to_numpy(dtype=float),
                     poissonregressor__sample_weight=exposure)
    return FrequencyModel(pipeline=pipeline, mileage_fill=mileage_fill)


def predict_claims(model: FrequencyModel, policies: pd.DataFrame) -> np.ndarray:
    """Expected claim counts over each policy's exposure, in the order of the rows given."""
    return model.frequency(policies) * policies["exposure"].to_numpy(dtype=float)
