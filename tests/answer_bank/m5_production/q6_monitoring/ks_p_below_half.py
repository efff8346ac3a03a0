# verdict: wrong
# misconception: KS test but alarms at p < 0.5 (confuses the p-value with a probability of drift): fires in half the months without drift
# feedback: far above 5 %
# score: 2
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins: int = 10) -> float:
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size
    q = np.bincount(np.digitize(live, edges), minlength=bins) / live.size
    p, q = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.5)
