"""Module 2's headline numbers, on the real portfolio and on the synthetic one with a known truth.

beMTPL97, the course's fixed split (``mlpath.data.bemtpl97_split``: id % 5 == 0 is test):
the course's reference tariff, the final frequency GLM of Module 2 Lesson 2 (a Poisson GLM with a
log(exposure) offset on six factors: age, bonus-malus and power in that lesson's bands, cover, fuel
and the region from the postcode; no sex) — its test mean Poisson deviance, D² against the
intercept-only model fitted on train, the exposure-weighted Gini on test, and the balance ratio
Σ predicted / Σ observed on train and test. Synthetic portfolio without the interaction: the share of true relativities inside
their 95 % intervals over 20 portfolios, and the test deviance against the oracle's.
Also the fit time. Prints medians of ``--repeats`` runs for the timing; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import mean_poisson_deviance

from mlpath.data import bemtpl97_split, load_bemtpl97
from mlpath.portfolio import FREQUENCY_RELATIVITIES, synthetic_portfolio

# The reference tariff: Module 2 Lesson 2's final model, which lessons 3.2, 3.5, 3.6 and 3.7 use too. Not in it:
# sex (EU insurers may not price by it since 21 December 2012, the Test-Achats ruling; it also failed the
# lesson's likelihood-ratio test), use (a gain too small to price), fleet and the age of the car (agec),
# which the tariff never had.
REFERENCE_BANDS = {  # band: (raw column, edges (right-closed), labels), as in Module 2 Lesson 2
    "age_band": ("ageph", [17, 25, 30, 40, 50, 60, 70, 99], ["18-25", "26-30", "31-40", "41-50", "51-60", "61-70", "71+"]),
    "bm_band": ("bm", [-1, 0, 2, 6, 10, 14, 22], ["0", "1-2", "3-6", "7-10", "11-14", "15-22"]),
    "power_band": ("power", [0, 40, 50, 60, 75, 100, 300], ["10-40", "41-50", "51-60", "61-75", "76-100", "101+"]),
}
#: The reference tariff's rating factors, raw: what a GBM compared with it may use.
REFERENCE_FACTORS = ["ageph", "bm", "power", "coverage", "fuel", "region"]
FORMULA = "nclaims ~ age_band + bm_band + power_band + coverage + fuel + region"


def belgian_region(postcode: pd.Series) -> pd.Categorical:
    """Brussels (postcodes 1000-1299), Wallonia (1300-1499, 4000-7999) or Flanders, as in Module 2 Lesson 2."""
    brussels = postcode < 1300
    wallonia = ((postcode >= 1300) & (postcode < 1500)) | ((postcode >= 4000) & (postcode < 8000))
    return pd.Categorical(np.select([brussels, wallonia], ["Brussels", "Wallonia"], "Flanders"),
                          categories=["Brussels", "Flanders", "Wallonia"])


def reference_split(policies: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fixed split with the reference tariff's bands and region; each factor's base is its most exposed level."""
    frame = policies.copy()
    for band, (column, edges, labels) in REFERENCE_BANDS.items():
        frame[band] = pd.cut(frame[column], edges, labels=labels)
    frame["region"] = belgian_region(frame["postcode"])
    train, test = bemtpl97_split(frame)
    train, test = train.copy(), test.copy()
    for factor in [*REFERENCE_BANDS, "coverage", "fuel", "region"]:
        base = train.groupby(factor, observed=True)["expo"].sum().idxmax()
        order = [base] + [level for level in train[factor].cat.categories if level != base]
        train[factor], test[factor] = (part[factor].cat.reorder_categories(order) for part in (train, test))
    return train, test


def gini(actual: np.ndarray, predicted: np.ndarray, exposure: np.ndarray) -> float:
    """Exposure-weighted Gini: ascending predicted frequency, ties grouped, 1 - 2 x area."""
    grouped = pd.DataFrame({"y": actual, "p": predicted, "e": exposure}).groupby("p")[["y", "e"]].sum()
    x = np.concatenate([[0.0], grouped["e"].cumsum() / grouped["e"].sum()])
    y = np.concatenate([[0.0], grouped["y"].cumsum() / grouped["y"].sum()])
    return float(1 - 2 * np.trapezoid(y, x))


def real_portfolio(repeats: int) -> None:
    """Fit the frequency GLM on beMTPL97 and print its test numbers."""
    train, test = reference_split(load_bemtpl97())
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        model = smf.glm(FORMULA, data=train, family=sm.families.Poisson(), offset=np.log(train["expo"])).fit()
        times.append(time.perf_counter() - started)
    mu_test = model.predict(test, offset=np.log(test["expo"]))
    base_rate = train["nclaims"].sum() / train["expo"].sum()
    deviance = mean_poisson_deviance(test["nclaims"], mu_test)
    null = mean_poisson_deviance(test["nclaims"], base_rate * test["expo"])
    print("beMTPL97, fixed split (train %d, test %d policies)" % (len(train), len(test)))
    print(f"  fit time (median of {repeats})      {statistics.median(times):8.2f} s")
    print(f"  test mean Poisson deviance          {deviance:8.4f}   (intercept-only {null:.4f})")
    print(f"  D² vs intercept fitted on train     {1 - deviance / null:8.4f}")
    print(f"  exposure-weighted Gini (test)       {gini(test['nclaims'], mu_test / test['expo'], test['expo']):8.4f}")
    print(f"  balance Σpred/Σobs train / test     {model.fittedvalues.sum() / train['nclaims'].sum():8.4f} / "
          f"{mu_test.sum() / test['nclaims'].sum():.4f}")


def synthetic(seeds: int = 20) -> None:
    """Relativity coverage and deviance against the oracle where the GLM is the true model."""
    covered = total = 0
    for seed in range(seeds):
        frame = synthetic_portfolio(40_000, seed=100 + seed, interaction=False)
        fit = smf.glm("nclaims ~ age_band + power + region + fuel", data=frame, family=sm.families.Poisson(),
                      offset=np.log(frame["exposure"])).fit()
        low, high = np.exp(fit.conf_int()).T.values
        for name, lo, hi in zip(fit.params.index[1:], low[1:], high[1:]):
            factor, level = name.split("[T.")
            covered += lo <= FREQUENCY_RELATIVITIES[factor][level.rstrip("]")] <= hi
            total += 1
    train = synthetic_portfolio(100_000, seed=12, interaction=False)
    test = synthetic_portfolio(100_000, seed=13, interaction=False)
    fit = smf.glm("nclaims ~ age_band + power + region + fuel", data=train, family=sm.families.Poisson(),
                  offset=np.log(train["exposure"])).fit()
    model = mean_poisson_deviance(test["nclaims"], fit.predict(test, offset=np.log(test["exposure"])))
    oracle = mean_poisson_deviance(test["nclaims"], test["true_frequency"] * test["exposure"])
    print("synthetic portfolio, no interaction")
    print(f"  true relativities inside 95 % CI    {covered}/{total} = {covered / total:.1%}")
    print(f"  test deviance / oracle deviance     {model / oracle:8.4f}")


def main() -> None:
    """Print module 2's numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    real_portfolio(args.repeats)
    synthetic()


if __name__ == "__main__":
    main()
