# verdict: wrong
# misconception: defect q6 (the statement allowed noise "up to 12 %", the test failed above 10 %): each check alarms at p < 3 % ("the inputs are correlated, Bonferroni is too strict"), so in 9 of the 80 unchanged months (11 %) an alarm rings; such a rule rings in about 10 % of unchanged months in the long run, twice the promise, and the statement now allows at most 10 % (8 of 80)
# feedback: at most 10 % (8 of 80) may
# score: 4
%%writefile pricing/monitoring.py
"""The monthly monitoring report: input drift, and claims against the model's expectation."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

MONITORED = ["driver_age", "bonus_malus", "power", "car_age", "mileage"]

FAMILY_FALSE_ALARM_RATE = 0.05


def psi(baseline: np.ndarray, live: np.ndarray, bins: int = 10) -> float:
    """Population stability index of ``live`` against ``baseline``, on the baseline's quantile bins."""
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    expected = np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size
    actual = np.bincount(np.digitize(live, edges), minlength=bins) / live.size
    expected, actual = np.maximum(expected, 1e-4), np.maximum(actual, 1e-4)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def poisson_p_value(observed: float, expected: float) -> float:
    """Exact two-sided p-value of an observed count against a Poisson mean."""
    lower = stats.poisson.cdf(observed, expected)
    upper = stats.poisson.sf(observed - 1, expected)
    return float(min(1.0, 2 * min(lower, upper)))


def monitoring_report(baseline: pd.DataFrame, live: pd.DataFrame, expected_claims) -> pd.DataFrame:
    """PSI and KS for each monitored input, actual/expected claims, and family-wise alarms."""
    # Six checks, but the inputs move together (an older book is also a more experienced one),
    # so a full Bonferroni is too strict: 3 % per check.
    level = 0.03
    rows = {}
    for column in MONITORED:
        before = baseline[column].dropna().to_numpy(dtype=float)
        now = live[column].dropna().to_numpy(dtype=float)
        p_value = float(stats.ks_2samp(before, now).pvalue)
        rows[column] = {"statistic": psi(before, now), "p_value": p_value, "alarm": p_value < level}
    observed = float(live["nclaims"].sum())
    expected = float(np.sum(expected_claims))
    p_value = poisson_p_value(observed, expected)
    rows["actual_vs_expected"] = {"statistic": observed / expected, "p_value": p_value, "alarm": p_value < level}
    report = pd.DataFrame.from_dict(rows, orient="index")
    return report.astype({"statistic": float, "p_value": float, "alarm": bool})
