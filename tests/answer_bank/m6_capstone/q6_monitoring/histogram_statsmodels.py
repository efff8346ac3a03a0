# verdict: correct
# misconception: np.histogram on the baseline's deciles padded with the data's extremes (interior edges go to the bin above, as np.digitize does), statsmodels' multipletests(method="bonferroni") for the alarms, the Poisson tails from scipy.special.pdtr/pdtrc, the report built from a dict of dicts
%%writefile pricing/monitoring.py
"""Monitoring: PSI + KS per input, an exact Poisson test of the claims, Bonferroni via statsmodels."""

import numpy as np
import pandas as pd
from scipy.special import pdtr, pdtrc
from scipy.stats import ks_2samp
from statsmodels.stats.multitest import multipletests

COLUMNS = ("driver_age", "bonus_malus", "power", "car_age", "mileage")


def psi(reference, current):
    inner = np.quantile(reference, np.arange(1, 10) / 10)
    low = min(reference.min(), current.min()) - 1.0
    high = max(reference.max(), current.max()) + 1.0
    edges = np.concatenate([[low], inner, [high]])
    r = np.histogram(reference, edges)[0] / len(reference)
    c = np.histogram(current, edges)[0] / len(current)
    r, c = np.maximum(r, 1e-4), np.maximum(c, 1e-4)
    return float(np.sum((c - r) * np.log(c / r)))


def poisson_two_sided(k, mu):
    lower = pdtr(k, mu)            # P(N <= k)
    upper = pdtrc(k - 1, mu)       # P(N > k - 1) = P(N >= k)
    return float(min(1.0, 2.0 * min(lower, upper)))


def monitoring_report(baseline, live, expected_claims):
    rows = {}
    for name in COLUMNS:
        a = baseline[name].to_numpy(dtype=float)
        b = live[name].to_numpy(dtype=float)
        a, b = a[~np.isnan(a)], b[~np.isnan(b)]
        rows[name] = {"statistic": psi(a, b), "p_value": float(ks_2samp(a, b).pvalue)}
    k = float(live["nclaims"].sum())
    mu = float(np.sum(np.asarray(expected_claims, dtype=float)))
    rows["actual_vs_expected"] = {"statistic": k / mu, "p_value": poisson_two_sided(k, mu)}
    report = pd.DataFrame.from_dict(rows, orient="index")
    report["alarm"] = multipletests(report["p_value"], alpha=0.05, method="bonferroni")[0]
    return report
