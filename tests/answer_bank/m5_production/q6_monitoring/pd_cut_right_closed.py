# verdict: wrong
# misconception: pd.cut with its default right=True: a value equal to an edge goes to the bin below, not above as the statement (np.digitize) says
# feedback: bin BELOW
# score: 3
%%writefile pricing/monitoring.py
import numpy as np
from scipy import stats


import pandas as pd


def psi(baseline, live, bins=10):
    baseline, live = pd.Series(baseline, dtype=float), pd.Series(live, dtype=float)
    inner = np.quantile(baseline, np.linspace(0, 1, bins + 1)[1:-1])
    cuts = np.concatenate([[-np.inf], inner, [np.inf]])
    p = pd.cut(baseline, cuts, labels=False).value_counts(normalize=True).reindex(range(bins), fill_value=0)
    q = pd.cut(live, cuts, labels=False).value_counts(normalize=True).reindex(range(bins), fill_value=0)
    p, q = p.clip(lower=1e-4).to_numpy(), q.clip(lower=1e-4).to_numpy()
    return float(np.sum((q - p) * np.log(q / p)))


def drift_alarm(baseline, live) -> bool:
    return bool(stats.ks_2samp(baseline, live).pvalue < 0.01)
