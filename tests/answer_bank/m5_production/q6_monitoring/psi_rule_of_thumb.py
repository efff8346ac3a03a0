# verdict: wrong
# misconception: drift_alarm is the rule of thumb PSI > 0.25: never false-alarms but misses a quarter- or half-standard-deviation shift
# feedback: rule of thumb such as PSI > 0.25
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
    return psi(baseline, live) > 0.25
