"""Module 3's headline numbers: does gradient boosting beat the GLM, honestly?

beMTPL97 on the course's fixed split (``mlpath.data.holdout_split``: id % 5 == 0 is test): the
course's reference tariff (Module 2 Lesson 2's final Poisson GLM: age, bonus-malus and power in
bands, cover, fuel, region; no sex) against an early-stopped Poisson XGBoost on the same six rating
factors, unbanded (validation: training policies with id % 4 == 0) — the fair comparison lesson 3.7
makes. Then two unequal ones: GBMs that also get the age of the car (agec) or the policyholder's
location (long, lat), which the tariff lacks, scored against the same tariff; and, to show what the
extra factor is worth on its own, the tariff with agec in bands against the GBM with agec. For each
model: test mean Poisson deviance, exposure-weighted Gini and balance; for each pair, the paired
bootstrap 95 % interval of the deviance difference and of the Gini difference.

Synthetic motor book (100,000 policies to fit, 40,000 to test, truth known), with and without
the young × powerful interaction: each model's gap to the oracle deviance, and the paired
bootstrap interval of the GBM-minus-GLM deviance. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
import xgboost as xgb

from mlpath.data import TARIFF_FORMULA as GLM_FORMULA, load_bemtpl97, tariff_split
from mlpath.portfolio import synthetic_motor

# The tariff's raw factors and the Gini, from the script beside this one (run from the repository root).
from m2_glm_numbers import REFERENCE_FACTORS, gini

#: The reference tariff's six rating factors, raw: no sex, no agec (Module 2 Lesson 2; lesson 3.7).
RATING_VARIABLES = REFERENCE_FACTORS
AGEC_BANDS = [-1, 3, 8, 15, 50]  # car age 0-3, 4-8, 9-15, 16+ years (lesson 3.7's bands)
MOTOR_GLM = ("nclaims ~ age_band + bonus_malus + np.log(power) + np.log(mileage_filled) + mileage_missing"
             " + region + fuel")
MOTOR_FEATURES = ["driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]
N_BOOT = 1000


def unit_deviance(y: np.ndarray, mu: np.ndarray) -> np.ndarray:
    """Poisson unit deviance of each policy; its mean is the mean Poisson deviance."""
    return 2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu))


def paired_interval(per_policy: np.ndarray, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of the mean of per-policy differences over resampled policies."""
    rng = np.random.default_rng(seed)
    means = [per_policy[rng.integers(0, len(per_policy), len(per_policy))].mean() for _ in range(N_BOOT)]
    return tuple(np.percentile(means, [2.5, 97.5]))


def early_stopped_poisson(train: pd.DataFrame, features: list[str], exposure: str) -> xgb.XGBRegressor:
    """Poisson XGBoost with a log-exposure offset, stopped on training policies with id % 4 == 0."""
    validate = train["id"] % 4 == 0
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=3000, learning_rate=0.05, max_depth=3,
                             tree_method="hist", n_jobs=2, enable_categorical=True, early_stopping_rounds=50,
                             eval_metric="poisson-nloglik")
    return model.fit(train.loc[~validate, features], train.loc[~validate, "nclaims"],
                     base_margin=np.log(train.loc[~validate, exposure]),
                     eval_set=[(train.loc[validate, features], train.loc[validate, "nclaims"])],
                     base_margin_eval_set=[np.log(train.loc[validate, exposure])], verbose=False)


def real_portfolio() -> None:
    """GLM vs GBM on beMTPL97's fixed split: the fair comparison, then GBMs with a factor the tariff lacks."""
    train, test = tariff_split(load_bemtpl97())
    for frame in (train, test):
        frame["agec_band"] = pd.cut(frame["agec"], AGEC_BANDS).astype(str)
    y, expo = test["nclaims"].to_numpy(dtype=float), test["expo"].to_numpy()
    predictions = {}
    for label, formula in [("GLM, reference tariff", GLM_FORMULA), ("GLM, tariff + agec bands", GLM_FORMULA + " + agec_band")]:
        glm = smf.glm(formula, data=train, family=sm.families.Poisson(), offset=np.log(train["expo"])).fit()
        predictions[label] = np.asarray(glm.predict(test, offset=np.log(test["expo"])))
    for label, features in [("GBM, same 6 factors", RATING_VARIABLES),
                            ("GBM, 6 factors + agec", RATING_VARIABLES + ["agec"]),
                            ("GBM, 6 factors + long/lat", RATING_VARIABLES + ["long", "lat"])]:
        started = time.perf_counter()
        model = early_stopped_poisson(train, features, "expo")
        predictions[label] = model.predict(test[features], base_margin=np.log(expo))
        print(f"  {label}: {model.best_iteration + 1} rounds, fitted in {time.perf_counter() - started:.1f} s")
    print(f"beMTPL97, fixed split (train {len(train)}, test {len(test)} policies, {y.sum():.0f} test claims)")
    print(f"  GBM factors: {', '.join(RATING_VARIABLES)} (+ agec / long, lat where named)")
    print(f"  {'model':32s} {'deviance':>9s} {'Gini':>7s} {'balance':>8s}")
    for label, mu in predictions.items():
        print(f"  {label:32s} {unit_deviance(y, mu).mean():9.4f} {gini(y, mu / expo, expo):7.3f} "
              f"{mu.sum() / y.sum():8.3f}")
    rng = np.random.default_rng(1)
    resamples = [rng.integers(0, len(y), len(y)) for _ in range(200)]
    for gbm_label, glm_label, note in [
            ("GBM, same 6 factors", "GLM, reference tariff", "fair: the same factors"),
            ("GBM, 6 factors + agec", "GLM, reference tariff", "not fair: agec only for the GBM"),
            ("GBM, 6 factors + long/lat", "GLM, reference tariff", "not fair: location only for the GBM"),
            ("GBM, 6 factors + agec", "GLM, tariff + agec bands", "fair: agec for both")]:
        mu, glm_mu = predictions[gbm_label], predictions[glm_label]
        per_policy = unit_deviance(y, mu) - unit_deviance(y, glm_mu)
        low, high = paired_interval(per_policy)
        gini_differences = [gini(y[i], mu[i] / expo[i], expo[i]) - gini(y[i], glm_mu[i] / expo[i], expo[i])
                            for i in resamples]
        g_low, g_high = np.percentile(gini_differences, [2.5, 97.5])
        verdict = "GBM better beyond noise" if high < 0 else "GLM better beyond noise" if low > 0 else "within noise"
        print(f"  {gbm_label} minus {glm_label} ({note}): deviance {per_policy.mean():+.4f} (95 % paired bootstrap "
              f"{low:+.4f} to {high:+.4f}: {verdict}); Gini {gini(y, mu / expo, expo) - gini(y, glm_mu / expo, expo):+.3f} "
              f"({g_low:+.3f} to {g_high:+.3f}, 200 resamples)")


def _motor_glm_frame(frame: pd.DataFrame, fill: float) -> pd.DataFrame:
    return frame.assign(age_band=pd.cut(frame["driver_age"], [17, 20, 22, 25, 30, 40, 70, 99]).astype(str),
                        mileage_missing=frame["mileage"].isna().astype(int),
                        mileage_filled=frame["mileage"].fillna(fill))


def synthetic() -> None:
    """Gap to the oracle with and without the interaction the GLM cannot see."""
    for interaction in (True, False):
        train = synthetic_motor(100_000, seed=1, interaction=interaction)
        test = synthetic_motor(40_000, seed=2, interaction=interaction)
        y, expo = test["nclaims"].to_numpy(dtype=float), test["exposure"].to_numpy()
        fill = train["mileage"].median()
        glm = smf.glm(MOTOR_GLM, data=_motor_glm_frame(train, fill), family=sm.families.Poisson(),
                      offset=np.log(train["exposure"])).fit()
        glm_mu = np.asarray(glm.predict(_motor_glm_frame(test, fill), offset=np.log(expo)))
        gbm_mu = early_stopped_poisson(train, MOTOR_FEATURES, "exposure").predict(
            test[MOTOR_FEATURES], base_margin=np.log(expo))
        oracle = unit_deviance(y, test["true_frequency"].to_numpy() * expo).mean()
        glm_gap, gbm_gap = unit_deviance(y, glm_mu).mean() - oracle, unit_deviance(y, gbm_mu).mean() - oracle
        low, high = paired_interval(unit_deviance(y, gbm_mu) - unit_deviance(y, glm_mu))
        print(f"synthetic motor book, interaction={interaction}: oracle deviance {oracle:.4f}")
        print(f"  gap to oracle: GLM {glm_gap:.4f}, GBM {gbm_gap:.4f} "
              f"(GBM closes {1 - gbm_gap / glm_gap:.0%} of the GLM's gap); "
              f"GBM minus GLM {gbm_gap - glm_gap:+.4f} (95 % paired bootstrap {low:+.4f} to {high:+.4f})")


def main() -> None:
    """Print module 3's numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-only", action="store_true", help="skip the synthetic motor book")
    args = parser.parse_args()
    real_portfolio()
    if not args.real_only:
        synthetic()


if __name__ == "__main__":
    main()
