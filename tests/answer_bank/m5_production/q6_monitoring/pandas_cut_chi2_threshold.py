# verdict: correct
# misconception: psi with pd.cut(right=False) on [-inf, quantiles, inf]; drift_alarm a PSI threshold that scales with the sample sizes: without drift PSI x nm/(n+m) is about chi-square with bins-1 degrees of freedom, so alarm above its 99th percentile
%%writefile pricing/monitoring.py
"""Population stability index and a size-aware PSI alarm."""

import numpy as np
import pandas as pd
from scipy import stats


def psi(baseline, live, bins: int = 10) -> float:
    baseline = pd.Series(np.asarray(baseline, dtype=float))
    live = pd.Series(np.asarray(live, dtype=float))
    inner = baseline.quantile(np.linspace(0, 1, bins + 1)[1:-1]).to_numpy()
    cuts = np.r_[-np.inf, inner, np.inf]

    def shares(sample: pd.Series) -> np.ndarray:
        codes = pd.cut(sample, cuts, right=False, labels=False)
        counts = codes.value_counts().reindex(range(bins), fill_value=0)
        return (counts / len(sample)).clip(lower=1e-4).to_numpy()

    p, q = shares(baseline), shares(live)
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live, bins: int = 10, false_alarm_rate: float = 0.01) -> bool:
    n, m = len(baseline), len(live)
    # Without drift, PSI * n m / (n + m) is approximately chi-square(bins - 1): a threshold for these sizes.
    threshold = stats.chi2.ppf(1 - false_alarm_rate, bins - 1) * (1 / n + 1 / m)
    return bool(psi(baseline, live, bins) > threshold)
