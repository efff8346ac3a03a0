# verdict: correct
# misconception: no modelling library at all: the Poisson GLM fitted by Newton's method (IRLS) in plain NumPy with log(exposure) as offset, the design matrix standardised by the training means, a pandas Series of predictions returned (indexed like the input)
%%writefile pricing/model.py
"""A Poisson GLM fitted by hand: Newton's method on the log-likelihood, log(exposure) offset."""

import numpy as np
import pandas as pd


def design(policies, centre):
    age = policies["driver_age"].to_numpy(dtype=float)
    km = policies["mileage"].to_numpy(dtype=float)
    gap = np.isnan(km)
    columns = [age, (age - 45.0) ** 2, policies["bonus_malus"].to_numpy(dtype=float),
               np.log(policies["power"].to_numpy(dtype=float)),
               np.log(np.where(gap, centre["km_median"], km)), gap.astype(float),
               policies["car_age"].to_numpy(dtype=float),
               (policies["region"].astype(str) == "urban").to_numpy(dtype=float),
               (policies["region"].astype(str) == "rural").to_numpy(dtype=float),
               (policies["fuel"].astype(str) == "diesel").to_numpy(dtype=float)]
    X = np.column_stack(columns)
    if "mean" in centre:
        X = (X - centre["mean"]) / centre["scale"]
    return np.column_stack([np.ones(len(X)), X])


def train(policies):
    centre = {"km_median": float(np.nanmedian(policies["mileage"].to_numpy(dtype=float)))}
    raw = design(policies, centre)[:, 1:]
    centre["mean"], centre["scale"] = raw.mean(axis=0), raw.std(axis=0)
    X = design(policies, centre)
    y = policies["nclaims"].to_numpy(dtype=float)
    offset = np.log(policies["exposure"].to_numpy(dtype=float))
    beta = np.zeros(X.shape[1])
    beta[0] = np.log(y.sum() / np.exp(offset).sum())
    for step in range(50):
        mu = np.exp(X @ beta + offset)
        change = np.linalg.solve(X.T @ (X * mu[:, None]), X.T @ (y - mu))
        beta += change
        if np.max(np.abs(change)) < 1e-10:
            break
    return {"beta": beta, "centre": centre}


def predict_claims(model, policies):
    mu = np.exp(design(policies, model["centre"]) @ model["beta"]) * policies["exposure"].to_numpy(dtype=float)
    return pd.Series(mu, index=policies.index, name="expected_claims")
