"""The synthetic portfolio and fraud claims: seeded, and faithful to their documented truth."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import mean_poisson_deviance

from mlpath import portfolio

FACTORS = "age_band + power + region + fuel"


def _frequency_glm(frame: pd.DataFrame):
    return smf.glm(f"nclaims ~ {FACTORS}", data=frame, family=sm.families.Poisson(),
                   offset=np.log(frame["exposure"])).fit()


def test_portfolio_is_seeded_and_complete() -> None:
    a, b = portfolio.synthetic_portfolio(500, seed=3), portfolio.synthetic_portfolio(500, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert (a["exposure"] > 0).all() and (a["exposure"] <= 1).all()
    assert ((a["amount"] > 0) == (a["nclaims"] > 0)).all()
    for factor, levels in portfolio.FACTOR_LEVELS.items():
        assert list(a[factor].cat.categories) == list(levels)


def test_glm_recovers_true_relativities_within_their_intervals() -> None:
    # Nine relativities per portfolio are too few to judge a 95 % interval by; twenty
    # portfolios give 180 intervals, of which about 95 % should hold the truth.
    covered, total = 0, 0
    for seed in range(20):
        frame = portfolio.synthetic_portfolio(40_000, seed=100 + seed, interaction=False)
        fit = _frequency_glm(frame)
        low, high = np.exp(fit.conf_int()).T.values
        for name, lo, hi in zip(fit.params.index, low, high):
            if name == "Intercept":
                continue
            factor, level = name.split("[T.")
            truth = portfolio.FREQUENCY_RELATIVITIES[factor][level.rstrip("]")]
            covered += lo <= truth <= hi
            total += 1
    assert covered / total >= 0.9, f"{covered} of {total} true relativities inside their 95 % intervals"


def test_glm_deviance_is_within_two_percent_of_the_oracle_without_interaction() -> None:
    train = portfolio.synthetic_portfolio(100_000, seed=12, interaction=False)
    test = portfolio.synthetic_portfolio(100_000, seed=13, interaction=False)
    predicted = _frequency_glm(train).predict(test, offset=np.log(test["exposure"]))
    model = mean_poisson_deviance(test["nclaims"], predicted)
    oracle = mean_poisson_deviance(test["nclaims"], test["true_frequency"] * test["exposure"])
    assert oracle <= model <= 1.02 * oracle


def test_interaction_is_what_a_main_effects_glm_misses() -> None:
    frame = portfolio.synthetic_portfolio(100_000, seed=14)
    fit = _frequency_glm(frame)
    young_fast = (frame["age_band"] == "18-24") & (frame["power"] == "high")
    actual = frame.loc[young_fast, "nclaims"].sum()
    expected = fit.fittedvalues[young_fast].sum()
    assert actual / expected > 1.2  # the GLM under-prices the cell the interaction lifts


def test_severity_and_pure_premium_match_their_truth() -> None:
    frame = portfolio.synthetic_portfolio(300_000, seed=15)
    claims = frame[frame["nclaims"] > 0]
    mean_size = claims["amount"].sum() / claims["nclaims"].sum()
    true_mean_size = np.average(claims["true_severity"], weights=claims["nclaims"])
    assert mean_size == pytest.approx(true_mean_size, rel=0.02)
    assert frame["amount"].sum() == pytest.approx((frame["true_pure_premium"] * frame["exposure"]).sum(), rel=0.03)


def test_fraud_claims_prevalence_and_coefficients() -> None:
    claims = portfolio.fraud_claims(200_000, seed=16)
    assert 0.01 <= claims["fraud"].mean() <= 0.02
    features = [k for k in portfolio.FRAUD_COEFFICIENTS if k != "intercept"]
    fit = sm.Logit(claims["fraud"], sm.add_constant(claims[features])).fit(disp=0)
    low, high = fit.conf_int().T.values
    truth = [portfolio.FRAUD_COEFFICIENTS["intercept"]] + [portfolio.FRAUD_COEFFICIENTS[f] for f in features]
    assert np.mean((low <= truth) & (truth <= high)) >= 0.8


@pytest.mark.parametrize("make", [portfolio.synthetic_portfolio, portfolio.fraud_claims])
def test_generators_refuse_empty_samples(make) -> None:
    with pytest.raises(ValueError, match="n must be at least 1"):
        make(0, seed=0)


def test_motor_book_is_seeded_and_documented() -> None:
    a, b = portfolio.synthetic_motor(2_000, seed=5), portfolio.synthetic_motor(2_000, seed=5)
    pd.testing.assert_frame_equal(a, b)
    assert a["bonus_malus"].between(0, 22).all() and a["driver_age"].between(18, 90).all()
    assert ((a["amount"] > 0) == (a["nclaims"] > 0)).all()
    declared = a["mileage"].notna()
    assert (a.loc[declared, "mileage"] == a.loc[declared, "true_mileage"]).all()
    expected = (portfolio.MOTOR_BASE_FREQUENCY * portfolio.motor_age_effect(a["driver_age"])
                * np.exp(portfolio.MOTOR_BM_SLOPE * a["bonus_malus"])
                * (a["power"] / 70) ** portfolio.MOTOR_POWER_ELASTICITY
                * (a["true_mileage"] / 12) ** portfolio.MOTOR_MILEAGE_ELASTICITY
                * a["region"].map(portfolio.MOTOR_REGION).astype(float)
                * a["fuel"].map(portfolio.MOTOR_FUEL).astype(float))
    young_and_fast = (a["driver_age"] < portfolio.MOTOR_YOUNG_AGE) & (a["power"] >= portfolio.MOTOR_HIGH_POWER)
    expected = np.where(young_and_fast, expected * portfolio.MOTOR_INTERACTION, expected)
    np.testing.assert_allclose(a["true_frequency"], expected, rtol=1e-12)


def test_motor_mileage_is_missing_more_often_when_high() -> None:
    book = portfolio.synthetic_motor(50_000, seed=6)
    missing = book["mileage"].isna()
    assert 0.08 < missing.mean() < 0.16
    assert book.loc[missing, "true_mileage"].mean() > 1.3 * book.loc[~missing, "true_mileage"].mean()


def test_motor_claims_follow_the_true_frequency() -> None:
    book = portfolio.synthetic_motor(100_000, seed=7)
    expected = (book["true_frequency"] * book["exposure"]).sum()
    # Poisson total: the observed count is within 4 standard deviations of its mean.
    assert abs(book["nclaims"].sum() - expected) < 4 * np.sqrt(expected)
