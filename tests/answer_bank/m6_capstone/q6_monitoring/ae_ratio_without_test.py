# verdict: wrong
# misconception: passes the visible example (no alarm on LIVE): the actual_vs_expected alarm is a fixed threshold on the ratio (A/E > 1.1) instead of the Poisson test: its false-alarm rate depends on how many claims the book expects (a few % at the checks' ~400 expected claims, about 20 % at 60), and claims far BELOW expectation never ring
# feedback: unchanged months
# score: 2
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
    level = 0.05 / len(MONITORED)          # Bonferroni over the input checks
    rows = {}
    for column in MONITORED:
        before, now = baseline[column].dropna().to_numpy(float), live[column].dropna().to_numpy(float)
        p_value = float(stats.ks_2samp(before, now).pvalue)
        rows[column] = {"statistic": psi(before, now), "p_value": p_value, "alarm": bool(p_value < level)}
    observed, expected = float(live["nclaims"].sum()), float(np.sum(expected_claims))
    ratio = observed / expected
    rows["actual_vs_expected"] = {"statistic": ratio, "p_value": poisson_p_value(observed, expected),
                                  "alarm": bool(ratio > 1.1)}                    # 10 % more claims than priced
    return pd.DataFrame.from_dict(rows, orient="index")
