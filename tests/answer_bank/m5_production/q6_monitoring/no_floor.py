# verdict: wrong
# misconception: no floor on the shares: an empty bin gives log(0), so psi returns inf or nan when live values miss a bin
# feedback: not floored
# score: 3
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins=10):
    baseline, live = np.asarray(baseline, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size
    q = np.bincount(np.digitize(live, edges), minlength=bins) / live.size
    with np.errstate(divide='ignore', invalid='ignore'):
        return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.01)
