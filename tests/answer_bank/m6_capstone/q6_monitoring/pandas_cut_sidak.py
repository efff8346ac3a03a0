# verdict: correct
# misconception: pandas throughout: pd.cut on the baseline's deciles with right=False and open outer edges (duplicates="drop" for tied deciles), value_counts for the shares, Šidák's per-check level 1 - 0.95**(1/6) instead of Bonferroni, expected claims summed with np.asarray(...).sum()
%%writefile pricing/monitoring.py
import numpy as np
import pandas as pd
from scipy import stats

INPUTS = ["driver_age", "bonus_malus", "power", "car_age", "mileage"]
PER_CHECK = 1 - 0.95 ** (1 / 6)      # Šidák: six independent checks, 5 % for the family


def shares(values, edges):
    binned = pd.cut(values, bins=[-np.inf, *edges, np.inf], right=False, duplicates="drop")
    return pd.Series(binned).value_counts(sort=False, normalize=True).to_numpy()


def population_stability(before, after):
    edges = np.quantile(before, np.linspace(0.1, 0.9, 9))
    base = np.clip(shares(before, edges), 1e-4, None)
    live = np.clip(shares(after, edges), 1e-4, None)
    return float(((live - base) * np.log(live / base)).sum())


def monitoring_report(baseline, live, expected_claims):
    table = pd.DataFrame(index=INPUTS + ["actual_vs_expected"], columns=["statistic", "p_value"], dtype=float)
    for name in INPUTS:
        before = baseline[name].dropna().astype(float).to_numpy()
        after = live[name].dropna().astype(float).to_numpy()
        table.loc[name] = [population_stability(before, after), stats.ks_2samp(before, after).pvalue]
    observed = int(live["nclaims"].sum())
    expected = float(np.asarray(expected_claims, dtype=float).sum())
    tails = [stats.poisson.cdf(observed, expected), stats.poisson.sf(observed - 1, expected)]
    table.loc["actual_vs_expected"] = [observed / expected, min(1.0, 2 * min(tails))]
    table["alarm"] = table["p_value"] < PER_CHECK
    return table
