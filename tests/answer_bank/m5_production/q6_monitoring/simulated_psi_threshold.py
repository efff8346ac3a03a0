# verdict: correct
# misconception: PSI threshold calibrated by simulation for the given sizes, as lesson 6 does: PSI depends only on ranks, so months without drift are simulated with uniform samples of the same sizes; the 99th percentile of 400 simulated PSIs, cached per (n, m)
%%writefile pricing/monitoring.py
from functools import lru_cache

import numpy as np


def psi(baseline, live, bins=10):
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.bincount(np.digitize(baseline, edges), minlength=bins) / baseline.size
    q = np.bincount(np.digitize(live, edges), minlength=bins) / live.size
    p, q = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


@lru_cache(maxsize=None)
def _threshold(n, m, bins=10, months=400, quantile=0.99):
    rng = np.random.default_rng(2024)
    no_drift = [psi(rng.random(n), rng.random(m), bins) for _ in range(months)]
    return float(np.quantile(no_drift, quantile))


def drift_alarm(baseline, live):
    return psi(baseline, live) > _threshold(len(baseline), len(live))
