# verdict: wrong
# misconception: np.histogram on the baseline's full quantiles (min and max included): the outer bins are closed, so live values beyond the baseline's range are dropped
# feedback: outer bins
# score: 3
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins=10):
    baseline, live = np.asarray(baseline, dtype=float), np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1))
    p = np.maximum(np.histogram(baseline, edges)[0] / baseline.size, 1e-4)
    q = np.maximum(np.histogram(live, edges)[0] / live.size, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.01)
