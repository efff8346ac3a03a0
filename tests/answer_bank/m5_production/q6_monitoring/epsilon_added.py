# verdict: wrong
# misconception: avoids log(0) by adding 1e-4 to every share (p + eps) instead of flooring the shares at 1e-4 as the statement says
# feedback: floor
# score: 3
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins=10):
    baseline, live = np.asarray(baseline, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    eps = 1e-4
    p = np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size + eps
    q = np.bincount(np.digitize(live, edges), minlength=bins) / live.size + eps
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.01)
