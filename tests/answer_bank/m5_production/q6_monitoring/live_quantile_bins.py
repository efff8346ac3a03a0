# verdict: wrong
# misconception: bins cut at the LIVE sample's quantiles instead of the baseline's
# feedback: LIVE sample's quantiles
# score: 3
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins=10):
    baseline, live = np.asarray(baseline, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(live, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.maximum(np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size, 1e-4)
    q = np.maximum(np.bincount(np.digitize(live, edges), minlength=bins) / live.size, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.01)
