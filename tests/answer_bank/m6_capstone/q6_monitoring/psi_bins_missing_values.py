# verdict: wrong
# misconception: student-helper (m6, pro and novice): the PSI of lesson 5.6 verbatim, with an 11th bin for missing values; the report drops them on both sides
# feedback: a bin of their own
# score: 4
%%writefile pricing/monitoring.py
"""The monthly monitoring report: input drift, and claims against the model's expectation."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

MONITORED = ["driver_age", "bonus_malus", "power", "car_age", "mileage"]
ALPHA = 0.05 / 6          # six checks a month: Bonferroni, so that any alarm rings in at most ~5 % of quiet months


def psi(baseline, live) -> float:
    """PSI with bins at the baseline's deciles, plus a bin for missing values (lesson 6)."""
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = np.quantile(baseline[~np.isnan(baseline)], np.linspace(0, 1, 11)[1:-1])

    def shares(values):
        codes = np.where(np.isnan(values), edges.size + 1, np.digitize(values, edges))
        return np.maximum(np.bincount(codes, minlength=edges.size + 2) / values.size, 1e-4)

    ref, cur = shares(baseline), shares(live)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def poisson_p_value(observed: int, expected: float) -> float:
    """Exact two-sided Poisson test: twice the smaller tail, capped at 1."""
    lower = stats.poisson.cdf(observed, expected)
    upper = stats.poisson.sf(observed - 1, expected)
    return float(min(1.0, 2 * min(lower, upper)))


def monitoring_report(baseline: pd.DataFrame, live: pd.DataFrame, expected_claims) -> pd.DataFrame:
    rows = {}
    for name in MONITORED:
        base = baseline[name].to_numpy(dtype=float)
        cur = live[name].to_numpy(dtype=float)
        p = stats.ks_2samp(base[~np.isnan(base)], cur[~np.isnan(cur)]).pvalue
        rows[name] = {"statistic": psi(base, cur), "p_value": float(p)}
    expected = float(np.sum(np.asarray(expected_claims, dtype=float)))
    observed = int(live["nclaims"].sum())
    rows["actual_vs_expected"] = {"statistic": observed / expected, "p_value": poisson_p_value(observed, expected)}
    report = pd.DataFrame.from_dict(rows, orient="index")
    report["alarm"] = report["p_value"] < ALPHA
    return report
