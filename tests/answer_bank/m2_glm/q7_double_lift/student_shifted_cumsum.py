# verdict: correct
# misconception: statement ambiguity: E_before computed literally as "exposure of the policies sorted before it" (shifted cumsum, np.r_[0, cumsum[:-1]]) and bin as floor(E_before / (E_total / n_bins)); equal in exact arithmetic to the hint's n_bins*(cumsum(e)-e)/E_total but can land on the other side of a boundary in floating point
import numpy as np


def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    y = np.asarray(actual, dtype=float)
    a = np.asarray(pred_a, dtype=float)
    b = np.asarray(pred_b, dtype=float)
    e = np.asarray(exposure, dtype=float)
    order = np.argsort(a / b, kind="stable")
    y, a, b, e = y[order], a[order], b[order], e[order]
    e_before = np.r_[0.0, np.cumsum(e)[:-1]]
    width = e.sum() / n_bins
    bins = np.minimum(np.floor(e_before / width).astype(int), n_bins - 1)
    out = np.empty((n_bins, 3))
    for k in range(n_bins):
        m = bins == k
        ek = e[m].sum()
        out[k] = (y[m].sum() / ek, np.sum(a[m] * e[m]) / ek, np.sum(b[m] * e[m]) / ek)
    return out
