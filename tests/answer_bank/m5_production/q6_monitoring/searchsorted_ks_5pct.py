# verdict: correct
# misconception: psi with np.searchsorted(edges, x, side="right") (the same bins as np.digitize) and np.clip for the floor; drift_alarm a two-sample KS test at the 5 % level
%%writefile pricing/monitoring.py
import numpy as np
from scipy.stats import ks_2samp


def _shares(values, edges, bins):
    index = np.searchsorted(edges, values, side="right")      # equal to an edge -> the bin above
    return np.clip(np.bincount(index, minlength=bins) / len(values), 1e-4, None)


def psi(baseline, live, bins=10):
    baseline = np.asarray(baseline, dtype=float)
    live = np.asarray(live, dtype=float)
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    expected, actual = _shares(baseline, edges, bins), _shares(live, edges, bins)
    return float(((actual - expected) * np.log(actual / expected)).sum())


def drift_alarm(baseline, live, level=0.05):
    """KS two-sample test: its false-alarm rate is `level` whatever the sample sizes."""
    return bool(ks_2samp(np.asarray(baseline, float), np.asarray(live, float)).pvalue < level)
