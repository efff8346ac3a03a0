# verdict: wrong
# misconception: drops the missing values for the PSI but passes the raw columns to ks_2samp: with mileage's NaN the KS p-value is NaN, so the mileage row shows no p-value and its alarm can never ring
# feedback: mileage's missing values were passed to ks_2samp
# score: 4
%%writefile pricing/monitoring.py
"""The monthly monitoring report: input drift, and claims against the model's expectation."""

import numpy as np
import pandas as pd
from scipy import stats

MONITORED = ["driver_age", "bonus_malus", "power", "car_age", "mileage"]


def psi(baseline, live, bins=10):
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.maximum(np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size, 1e-4)
    q = np.maximum(np.bincount(np.digitize(live, edges), minlength=bins) / live.size, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def poisson_p_value(observed, expected):
    return float(min(1.0, 2 * min(stats.poisson.cdf(observed, expected), stats.poisson.sf(observed - 1, expected))))


def monitoring_report(baseline, live, expected_claims):
    level = 0.05 / 6
    rows = {}
    for column in MONITORED:
        p_value = float(stats.ks_2samp(baseline[column], live[column]).pvalue)
        rows[column] = {"statistic": psi(baseline[column].dropna().to_numpy(float), live[column].dropna().to_numpy(float)),
                        "p_value": p_value, "alarm": bool(p_value < level)}
    observed, expected = float(live["nclaims"].sum()), float(np.sum(expected_claims))
    p_value = poisson_p_value(observed, expected)
    rows["actual_vs_expected"] = {"statistic": observed / expected, "p_value": p_value, "alarm": bool(p_value < level)}
    return pd.DataFrame.from_dict(rows, orient="index")
