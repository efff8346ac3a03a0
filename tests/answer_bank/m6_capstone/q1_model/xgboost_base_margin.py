# verdict: correct
# misconception: XGBoost as module 3 lesson 7 fits it: XGBRegressor(objective="count:poisson") on its own feature builder (columns by name, region/fuel as categoricals with fixed levels, mileage left NaN for the trees), base_margin=log(exposure) at fit and at prediction
%%writefile pricing/model.py
"""Claim frequency with gradient-boosted trees: Poisson objective, log(exposure) as base margin."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import xgboost as xgb

FEATURES = ["driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]
LEVELS = {"region": ["urban", "suburban", "rural"], "fuel": ["petrol", "diesel"]}
SETTINGS = dict(objective="count:poisson", tree_method="hist", n_jobs=2, enable_categorical=True, random_state=0,
                n_estimators=400, learning_rate=0.05, max_depth=2)


@dataclass
class BoostedFrequency:
    """The fitted booster; its features are rebuilt from the policies by `rating_features`."""

    regressor: xgb.XGBRegressor


def rating_features(policies: pd.DataFrame) -> pd.DataFrame:
    """The rating columns by name; categories with the same levels whether they came as text or not."""
    table = policies[FEATURES].copy()
    for column in ["driver_age", "bonus_malus", "power", "car_age", "mileage"]:
        table[column] = table[column].astype(float)          # a missing mileage stays NaN: trees route it
    for column, levels in LEVELS.items():
        table[column] = table[column].astype(str).astype(pd.CategoricalDtype(levels))
    return table


def train(policies: pd.DataFrame) -> BoostedFrequency:
    """Boost claim counts from log(exposure): the base margin is the exposure offset of a GLM."""
    regressor = xgb.XGBRegressor(**SETTINGS)
    regressor.fit(rating_features(policies), policies["nclaims"],
                  base_margin=np.log(policies["exposure"].to_numpy(dtype=float)))
    return BoostedFrequency(regressor)


def predict_claims(model: BoostedFrequency, policies: pd.DataFrame) -> np.ndarray:
    """Expected claims over each policy's exposure: the same base margin at prediction."""
    predicted = model.regressor.predict(rating_features(policies),
                                        base_margin=np.log(policies["exposure"].to_numpy(dtype=float)))
    return np.asarray(predicted, dtype=float)
