# verdict: correct
# misconception: drift_alarm with the k-sample Anderson-Darling test (scipy.stats.anderson_ksamp, p < 0.01), more sensitive in the tails than KS; psi with np.digitize written as a loop over the two samples
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


def psi(baseline, live, bins=10):
    baseline = np.asarray(baseline, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    shares = []
    for sample in (baseline, np.asarray(live, dtype=float)):
        counts = np.bincount(np.digitize(sample, edges), minlength=bins)
        shares.append(np.maximum(counts / len(sample), 1e-4))
    p, q = shares
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live):
    # scipy caps this p-value to [0.001, 0.25]: fine for a 1 % alarm
    return bool(stats.anderson_ksamp([np.asarray(baseline, float), np.asarray(live, float)]).pvalue < 0.01)
