"""Synthetic insurance data with a known truth: a motor portfolio and a stream of claims to screen.

Module 2 prices the real Belgian portfolio (:func:`mlpath.data.load_bemtpl97`), where the
truth is unknown. These generators give the same kind of data with the truth written down,
so a lesson can set a fitted model beside the true relativities and beside the **oracle**:
the deviance of the true mean, which no model beats on average.

The truth (all multiplicative, so a log-link GLM can represent it exactly, except for the
one interaction):

* claim frequency per policy-year = :data:`BASE_FREQUENCY` × the relativity of each factor
  level in :data:`FREQUENCY_RELATIVITIES` × :data:`INTERACTION` for young drivers of
  high-powered cars (module 3's boosting can find it; a main-effects GLM cannot);
* claim count ~ Poisson(frequency × exposure);
* each claim's size ~ Gamma with shape :data:`SEVERITY_SHAPE` and mean
  :data:`BASE_SEVERITY` × the relativities in :data:`SEVERITY_RELATIVITIES`.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

#: Claims per policy-year at the base level of every factor.
BASE_FREQUENCY: Final[float] = 0.08
#: Mean size of one claim (EUR) at the base level of every factor.
BASE_SEVERITY: Final[float] = 1800.0
#: Gamma shape of one claim's size: coefficient of variation 1/sqrt(1.5) ≈ 0.82.
SEVERITY_SHAPE: Final[float] = 1.5
#: Frequency multiplier for drivers aged 18-24 with a high-powered car, on top of both main effects.
INTERACTION: Final[float] = 1.6

#: Levels of each rating factor with their share of the portfolio; the first level listed
#: is the base level (relativity 1).
FACTOR_LEVELS: Final[dict[str, dict[str, float]]] = {
    "age_band": {"35-49": 0.30, "18-24": 0.08, "25-34": 0.22, "50-64": 0.25, "65+": 0.15},
    "power": {"medium": 0.45, "low": 0.35, "high": 0.20},
    "region": {"suburban": 0.40, "urban": 0.35, "rural": 0.25},
    "fuel": {"petrol": 0.60, "diesel": 0.40},
}
#: True frequency relativities by factor and level.
FREQUENCY_RELATIVITIES: Final[dict[str, dict[str, float]]] = {
    "age_band": {"35-49": 1.0, "18-24": 1.9, "25-34": 1.25, "50-64": 0.85, "65+": 1.05},
    "power": {"medium": 1.0, "low": 0.9, "high": 1.3},
    "region": {"suburban": 1.0, "urban": 1.35, "rural": 0.75},
    "fuel": {"petrol": 1.0, "diesel": 1.12},
}
#: True severity relativities; factors not listed do not change the claim size.
SEVERITY_RELATIVITIES: Final[dict[str, dict[str, float]]] = {
    "power": {"medium": 1.0, "low": 0.85, "high": 1.3},
    "region": {"suburban": 1.0, "urban": 1.15, "rural": 0.95},
}


def synthetic_portfolio(n: int, seed: int, *, interaction: bool = True) -> pd.DataFrame:
    """Simulate ``n`` motor policies for one year, with their true expected claims.

    Parameters
    ----------
    n : int
        Number of policies, at least 1.
    seed : int
        Seed of the random generator.
    interaction : bool, default True
        Whether young drivers of high-powered cars carry the extra :data:`INTERACTION`.
        Without it, a Poisson GLM with the four factors is the true model.

    Returns
    -------
    pandas.DataFrame
        One row per policy: ``exposure`` (years, 75 % of policies a full year), the four
        rating factors as categoricals (base level first), ``nclaims``, ``amount`` (EUR, the
        sum of the policy's claims), and the truth: ``true_frequency`` (claims per year),
        ``true_severity`` (EUR per claim) and ``true_pure_premium`` (EUR per year).

    Examples
    --------
    >>> policies = synthetic_portfolio(1000, seed=0)
    >>> sorted(policies["power"].cat.categories) == ["high", "low", "medium"]
    True
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    full_year = rng.random(n) < 0.75
    exposure = np.where(full_year, 1.0, np.round(rng.uniform(0.05, 1.0, n), 3))
    frame = pd.DataFrame({"policy_id": np.arange(1, n + 1), "exposure": exposure})
    frequency = np.full(n, BASE_FREQUENCY)
    severity = np.full(n, BASE_SEVERITY)
    for factor, shares in FACTOR_LEVELS.items():
        levels = list(shares)
        codes = rng.choice(len(levels), size=n, p=list(shares.values()))
        frame[factor] = pd.Categorical.from_codes(codes, categories=levels)
        frequency *= np.array([FREQUENCY_RELATIVITIES[factor][lv] for lv in levels])[codes]
        if factor in SEVERITY_RELATIVITIES:
            severity *= np.array([SEVERITY_RELATIVITIES[factor][lv] for lv in levels])[codes]
    if interaction:
        young_and_fast = (frame["age_band"] == "18-24") & (frame["power"] == "high")
        frequency = np.where(young_and_fast, frequency * INTERACTION, frequency)
    nclaims = rng.poisson(frequency * exposure)
    # The sum of k Gamma(shape, scale) claims is Gamma(k * shape, scale); zero claims cost 0.
    scale = severity / SEVERITY_SHAPE
    amount = np.where(nclaims > 0, rng.gamma(np.maximum(nclaims, 1) * SEVERITY_SHAPE, scale), 0.0)
    frame["nclaims"] = nclaims
    frame["amount"] = np.round(amount, 2)
    frame["true_frequency"] = frequency
    frame["true_severity"] = severity
    frame["true_pure_premium"] = frequency * severity
    return frame


#: Coefficients of the true fraud model, on the log-odds scale.
FRAUD_COEFFICIENTS: Final[dict[str, float]] = {
    "intercept": -5.35,
    "log_amount": 0.55,      # per unit of log(amount / 1000 EUR)
    "early_claim": 1.3,      # claim within 30 days of the policy's start
    "prior_claims": 0.35,    # per earlier claim in the last five years
    "no_police_report": 0.9,
    "night": 0.6,            # accident reported between 22:00 and 05:00
}


def fraud_claims(n: int, seed: int) -> pd.DataFrame:
    """Simulate ``n`` reported claims, about 1.5 % of them fraudulent, from a known logistic model.

    Ground truth: ``logit P(fraud) = Σ FRAUD_COEFFICIENTS[k] · x_k`` over the feature
    columns (intercept included), so a logistic regression on these columns is the true model.

    Parameters
    ----------
    n : int
        Number of claims, at least 1.
    seed : int
        Seed of the random generator.

    Returns
    -------
    pandas.DataFrame
        ``amount`` (EUR), the features ``log_amount``, ``early_claim``, ``prior_claims``,
        ``no_police_report``, ``night`` (0/1 or counts), the true probability ``true_p``
        and the outcome ``fraud`` (0/1).
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    amount = np.round(rng.lognormal(7.3, 1.0, n), 2)
    frame = pd.DataFrame({
        "amount": amount,
        "log_amount": np.log(amount / 1000.0),
        "early_claim": (rng.random(n) < 0.06).astype(int),
        "prior_claims": rng.poisson(0.3, n),
        "no_police_report": (rng.random(n) < 0.35).astype(int),
        "night": (rng.random(n) < 0.15).astype(int),
    })
    logit = FRAUD_COEFFICIENTS["intercept"] + sum(
        coef * frame[name] for name, coef in FRAUD_COEFFICIENTS.items() if name != "intercept")
    frame["true_p"] = 1.0 / (1.0 + np.exp(-logit))
    frame["fraud"] = (rng.random(n) < frame["true_p"]).astype(int)
    return frame
