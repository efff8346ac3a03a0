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

from mlpath.data import TARIFF_FORMULA, load_bemtpl97, tariff_split
from mlpath.portfolio import FREQUENCY_RELATIVITIES, synthetic_portfolio

#: The reference tariff's rating factors, raw: what a GBM compared with it may use. The tariff itself
#: (bands, region, base levels, formula) is mlpath.data's, as lessons 2.2-2.4 and 3.7 build it.
REFERENCE_FACTORS = ["ageph", "bm", "power", "coverage", "fuel", "region"]


def gini(actual: np.ndarray, predicted: np.ndarray, exposure: np.ndarray) -> float:
    """Exposure-weighted Gini: ascending predicted frequency, ties grouped, 1 - 2 x area."""
    grouped = pd.DataFrame({"y": actual, "p": predicted, "e": exposure}).groupby("p")[["y", "e"]].sum()
    x = np.concatenate([[0.0], grouped["e"].cumsum() / grouped["e"].sum()])
    y = np.concatenate([[0.0], grouped["y"].cumsum() / grouped["y"].sum()])
    return float(1 - 2 * np.trapezoid(y, x))


def real_portfolio(repeats: int) -> None:
    """Fit the frequency GLM on beMTPL97 and print its test numbers."""
    train, test = tariff_split(load_bemtpl97())
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        model = smf.glm(TARIFF_FORMULA, data=train, family=sm.families.Poisson(), offset=np.log(train["expo"])).fit()
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
