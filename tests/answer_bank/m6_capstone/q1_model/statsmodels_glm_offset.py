# verdict: correct
# misconception: a statsmodels Poisson GLM on a NumPy design matrix built by hand (quadratic age, log power, log mileage with the training median and a missing flag, dummies compared as text), offset=log(exposure) at fit and prediction
%%writefile pricing/model.py
"""Claim frequency: statsmodels Poisson GLM with a log(exposure) offset, on a design matrix built in NumPy."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd
import statsmodels.api as sm


class GlmModel(NamedTuple):
    coefficients: np.ndarray
    mileage_median: float


def design(policies: pd.DataFrame, mileage_median: float) -> np.ndarray:
    """Intercept, age and age², bonus-malus, log power, log mileage (+ missing flag), car age, dummies."""
    age = policies["driver_age"].to_numpy(dtype=float)
    mileage = policies["mileage"].to_numpy(dtype=float)
    missing = np.isnan(mileage)
    region = policies["region"].astype(str).to_numpy()
    fuel = policies["fuel"].astype(str).to_numpy()
    return np.column_stack([
        np.ones(len(policies)),
        age, (age - 45.0) ** 2 / 100.0,
        policies["bonus_malus"].to_numpy(dtype=float),
        np.log(policies["power"].to_numpy(dtype=float)),
        np.log(np.where(missing, mileage_median, mileage)), missing.astype(float),
        policies["car_age"].to_numpy(dtype=float),
        region == "suburban", region == "rural", fuel == "diesel",
    ]).astype(float)


def train(policies: pd.DataFrame) -> GlmModel:
    median = float(np.nanmedian(policies["mileage"].to_numpy(dtype=float)))
    fitted = sm.GLM(policies["nclaims"].to_numpy(dtype=float), design(policies, median),
                    family=sm.families.Poisson(),
                    offset=np.log(policies["exposure"].to_numpy(dtype=float))).fit()
    return GlmModel(np.asarray(fitted.params, dtype=float), median)


def predict_claims(model: GlmModel, policies: pd.DataFrame) -> np.ndarray:
    """exp(X·β + log exposure): expected claims over each policy's exposure."""
    linear = design(policies, model.mileage_median) @ model.coefficients
    return np.exp(linear + np.log(policies["exposure"].to_numpy(dtype=float)))
