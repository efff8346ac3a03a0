# verdict: correct
# misconception: defect (issue 17, m5 q6): the method of lesson 6, section 3 "Without a generator": on every call, a PSI threshold at the 99th percentile of 300 no-drift months made by resampling BOTH samples from the baseline (about 0.15-0.3 s a call); the hidden cell made 450 calls against a 60 s cell limit nobody stated, so this right answer timed out
%%writefile pricing/monitoring.py
import numpy as np

rng = np.random.default_rng(3)


def decile_edges(values, bins=10):
    return np.quantile(values, np.linspace(0, 1, bins + 1)[1:-1])


def shares(values, edges):
    return np.bincount(np.digitize(values, edges), minlength=edges.size + 1) / values.size


def psi_of(p, q):
    p, q = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
    return float(np.sum((q - p) * np.log(q / p)))


def psi(baseline, live, bins=10):
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = decile_edges(baseline, bins)
    return psi_of(shares(baseline, edges), shares(live, edges))


def baseline_null_psi(baseline, n_live, reps):
    out = np.empty(reps)
    for r in range(reps):
        ref = baseline[rng.integers(0, baseline.size, baseline.size)]
        edges = decile_edges(ref)
        out[r] = psi_of(shares(ref, edges), shares(baseline[rng.integers(0, baseline.size, n_live)], edges))
    return out


def drift_alarm(baseline, live):
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    threshold = np.quantile(baseline_null_psi(baseline, live.size, 300), 0.99)
    return bool(psi(baseline, live) > threshold)
