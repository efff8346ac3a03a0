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

:func:`synthetic_motor` is module 3's book: numeric rating variables (age, bonus-malus,
power, mileage with informative gaps) whose effects are curved, so that a tree ensemble
and a GLM have something to disagree about, with the truth again written down.
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


def _exposure(rng: np.random.Generator, n: int) -> np.ndarray:
    """Years insured: three policies in four a full year, the rest uniform on 0.05-1."""
    full_year = rng.random(n) < 0.75
    return np.where(full_year, 1.0, np.round(rng.uniform(0.05, 1.0, n), 3))


def _claim_amounts(rng: np.random.Generator, nclaims: np.ndarray, severity: np.ndarray) -> np.ndarray:
    """Each policy's total cost of its claims, each claim Gamma with mean ``severity``."""
    # The sum of k Gamma(shape, scale) claims is Gamma(k * shape, scale); zero claims cost 0.
    scale = severity / SEVERITY_SHAPE
    amount = np.where(nclaims > 0, rng.gamma(np.maximum(nclaims, 1) * SEVERITY_SHAPE, scale), 0.0)
    return np.round(amount, 2)


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
    exposure = _exposure(rng, n)
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
    frame["nclaims"] = nclaims
    frame["amount"] = _claim_amounts(rng, nclaims, severity)
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


# --------------------------------------------------------------------------------------
# A motor book with numeric rating variables (module 3: boosting)
# --------------------------------------------------------------------------------------

#: Claims per policy-year for a 45-year-old on bonus-malus level 0, 70 kW, 12,000 km a year,
#: suburban, petrol.
MOTOR_BASE_FREQUENCY: Final[float] = 0.07
#: Frequency multiplier per bonus-malus level (0 = best, 22 = worst): exp(0.07) ≈ 1.073 a step.
MOTOR_BM_SLOPE: Final[float] = 0.07
#: Elasticities of frequency to engine power (kW / 70) and annual mileage (thousand km / 12).
MOTOR_POWER_ELASTICITY: Final[float] = 0.35
MOTOR_MILEAGE_ELASTICITY: Final[float] = 0.30
#: Frequency relativities of the categorical factors (base level first).
MOTOR_REGION: Final[dict[str, float]] = {"suburban": 1.0, "urban": 1.35, "rural": 0.75}
MOTOR_FUEL: Final[dict[str, float]] = {"petrol": 1.0, "diesel": 1.12}
#: Drivers younger than MOTOR_YOUNG_AGE with at least MOTOR_HIGH_POWER kW claim
#: MOTOR_INTERACTION times more than their main effects say.
MOTOR_YOUNG_AGE: Final[int] = 30
MOTOR_HIGH_POWER: Final[int] = 80
MOTOR_INTERACTION: Final[float] = 2.0


def motor_age_effect(age: np.ndarray | float) -> np.ndarray:
    """True frequency relativity of a driver's age: high for novices, flat in mid-life, rising after 70.

    ``1 + 1.6 exp(-(age - 18) / 5) + 0.02 max(age - 70, 0)``; a GLM needs bands or a spline
    to follow it, a tree finds it by itself.

    Parameters
    ----------
    age : float or numpy.ndarray
        Age of the policyholder in years.

    Returns
    -------
    numpy.ndarray
        The multiplier, about 2.6 at 18 and 1.0 between 40 and 70.
    """
    age = np.asarray(age, dtype=float)
    return 1.0 + 1.6 * np.exp(-(age - 18.0) / 5.0) + 0.02 * np.maximum(age - 70.0, 0.0)


def synthetic_motor(n: int, seed: int, *, interaction: bool = True) -> pd.DataFrame:
    """Simulate ``n`` motor policies with numeric rating variables and a known truth.

    The frequency per policy-year is a product of documented effects:
    :data:`MOTOR_BASE_FREQUENCY` × :func:`motor_age_effect` (driver age) ×
    exp(:data:`MOTOR_BM_SLOPE` × bonus-malus) × (power / 70)^:data:`MOTOR_POWER_ELASTICITY`
    × (mileage / 12)^:data:`MOTOR_MILEAGE_ELASTICITY` × region × fuel, and × :data:`MOTOR_INTERACTION`
    for drivers under :data:`MOTOR_YOUNG_AGE` with at least :data:`MOTOR_HIGH_POWER` kW when
    ``interaction`` is true. Claim counts are Poisson(frequency × exposure); each claim's size
    is Gamma with shape :data:`SEVERITY_SHAPE` and mean :data:`BASE_SEVERITY` ×
    (power / 70)^0.3 × the region's :data:`SEVERITY_RELATIVITIES`.

    Mileage is declared by the policyholder and missing for about 9 % of policies, **more
    often when it is high** (5 % below 20,000 km, 35 % above): its missingness carries signal.
    The true mileage is kept in ``true_mileage``. Young drivers start on worse bonus-malus
    levels, so age and bonus-malus are correlated, as in real portfolios.

    Parameters
    ----------
    n : int
        Number of policies, at least 1.
    seed : int
        Seed of the random generator.
    interaction : bool, default True
        Whether young drivers of powerful cars carry the extra :data:`MOTOR_INTERACTION`.
        Without it, log-frequency is a sum of one-variable effects (still not linear in the variables).

    Returns
    -------
    pandas.DataFrame
        ``id`` (0 … n-1; :func:`mlpath.data.holdout_split` makes ``id % 5 == 0`` the test set), ``exposure`` (years), ``driver_age`` (18-90),
        ``bonus_malus`` (0-22, lower is better), ``power`` (kW), ``car_age`` (years, no effect
        on claims), ``mileage`` (thousand km a year, NaN when undeclared), ``region`` and
        ``fuel`` (categoricals, base level first), ``nclaims``, ``amount`` (EUR), and the truth:
        ``true_mileage``, ``true_frequency``, ``true_severity``, ``true_pure_premium``.

    Examples
    --------
    >>> book = synthetic_motor(1000, seed=0)
    >>> bool(book["bonus_malus"].between(0, 22).all())
    True
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    exposure = _exposure(rng, n)
    # One driver in ten is a novice (18-25); the rest spread around their forties.
    novice = rng.random(n) < 0.10
    age = np.where(novice, rng.integers(18, 26, n), np.round(rng.normal(47.0, 13.0, n)))
    age = np.clip(age, 18, 90).astype(int)
    # Novices enter the scale at level 11 and earn a level back per year; past claims push a
    # driver up three levels each, so the young sit high and most others near the bottom.
    entry_level = np.maximum(11 - (age - 18), 0)
    bonus_malus = np.clip(entry_level + 3 * rng.poisson(0.5, n) + rng.integers(0, 3, n), 0, 22).astype(int)
    power = np.clip(np.round(rng.lognormal(np.log(70.0), 0.35, n)), 30, 250).astype(int)
    car_age = rng.poisson(7.0, n).astype(int)
    true_mileage = np.round(rng.lognormal(np.log(12.0), 0.45, n), 1)
    missing = rng.random(n) < np.where(true_mileage > 20.0, 0.35, 0.05)
    region_levels, fuel_levels = list(MOTOR_REGION), list(MOTOR_FUEL)
    region = rng.choice(len(region_levels), size=n, p=[0.40, 0.35, 0.25])
    fuel = rng.choice(len(fuel_levels), size=n, p=[0.60, 0.40])

    frequency = (MOTOR_BASE_FREQUENCY * motor_age_effect(age) * np.exp(MOTOR_BM_SLOPE * bonus_malus)
                 * (power / 70.0) ** MOTOR_POWER_ELASTICITY * (true_mileage / 12.0) ** MOTOR_MILEAGE_ELASTICITY
                 * np.array(list(MOTOR_REGION.values()))[region] * np.array(list(MOTOR_FUEL.values()))[fuel])
    if interaction:
        young_and_fast = (age < MOTOR_YOUNG_AGE) & (power >= MOTOR_HIGH_POWER)
        frequency = np.where(young_and_fast, frequency * MOTOR_INTERACTION, frequency)
    severity = (BASE_SEVERITY * (power / 70.0) ** 0.3
                * np.array([SEVERITY_RELATIVITIES["region"][lv] for lv in region_levels])[region])
    nclaims = rng.poisson(frequency * exposure)
    amount = _claim_amounts(rng, nclaims, severity)
    return pd.DataFrame({
        "id": np.arange(n),
        "exposure": exposure,
        "driver_age": age,
        "bonus_malus": bonus_malus,
        "power": power,
        "car_age": car_age,
        "mileage": np.where(missing, np.nan, true_mileage),
        "region": pd.Categorical.from_codes(region, categories=region_levels),
        "fuel": pd.Categorical.from_codes(fuel, categories=fuel_levels),
        "nclaims": nclaims,
        "amount": amount,
        "true_mileage": true_mileage,
        "true_frequency": frequency,
        "true_severity": severity,
        "true_pure_premium": frequency * severity,
    })
