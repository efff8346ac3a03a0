# verdict: wrong
# misconception: hard-coded to the visible example: statistics and p-values right, but alarm is False on every row, the answer LIVE gets; the report never rings, whatever happens
# feedback: driver_age alarm rang in only
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
    rows = {}
    for column in MONITORED:
        before, now = baseline[column].dropna().to_numpy(float), live[column].dropna().to_numpy(float)
        rows[column] = {"statistic": psi(before, now), "p_value": float(stats.ks_2samp(before, now).pvalue),
                        "alarm": False}
    observed, expected = float(live["nclaims"].sum()), float(np.sum(expected_claims))
    rows["actual_vs_expected"] = {"statistic": observed / expected, "p_value": poisson_p_value(observed, expected),
                                  "alarm": False}
    return pd.DataFrame.from_dict(rows, orient="index")
