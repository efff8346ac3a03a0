# verdict: correct
# misconception: numpy only: psi with np.histogram on [-inf, quantiles, inf] (half-open bins); drift_alarm computes the KS statistic by hand (searchsorted on the pooled values) and compares it with the asymptotic critical value c(alpha) sqrt((n+m)/(nm)), alpha = 1 %
%%writefile pricing/monitoring.py
import math

import numpy as np


def psi(baseline, live, bins=10):
    b = np.asarray(baseline, dtype=float)
    l = np.asarray(live, dtype=float)
    edges = np.concatenate(([-np.inf], np.quantile(b, np.linspace(0, 1, bins + 1)[1:-1]), [np.inf]))
    p = np.histogram(b, bins=edges)[0] / b.size
    q = np.histogram(l, bins=edges)[0] / l.size
    p = np.where(p < 1e-4, 1e-4, p)
    q = np.where(q < 1e-4, 1e-4, q)
    return float(np.dot(q - p, np.log(q / p)))


def ks_statistic(a, b):
    a, b = np.sort(np.asarray(a, dtype=float)), np.sort(np.asarray(b, dtype=float))
    grid = np.concatenate([a, b])
    cdf_a = np.searchsorted(a, grid, side="right") / a.size
    cdf_b = np.searchsorted(b, grid, side="right") / b.size
    return float(np.max(np.abs(cdf_a - cdf_b)))


def drift_alarm(baseline, live, alpha=0.01):
    n, m = len(baseline), len(live)
    critical = math.sqrt(-math.log(alpha / 2) / 2) * math.sqrt((n + m) / (n * m))
    return bool(ks_statistic(baseline, live) > critical)
