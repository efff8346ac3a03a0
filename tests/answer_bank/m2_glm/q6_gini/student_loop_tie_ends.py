# verdict: correct
# misconception: none — stable sort, keep only the last point of each run of equal predictions, hand-written trapezoids
import numpy as np


def exposure_weighted_gini(actual, predicted, exposure) -> float:
    a = np.asarray(actual, dtype=float)
    p = np.asarray(predicted, dtype=float)
    e = np.asarray(exposure, dtype=float)
    order = np.argsort(p, kind="stable")
    a, p, e = a[order], p[order], e[order]
    ca, ce = np.cumsum(a) / a.sum(), np.cumsum(e) / e.sum()
    last = np.r_[p[1:] != p[:-1], True]          # end of each tie group
    xs = [0.0] + list(ce[last])
    ys = [0.0] + list(ca[last])
    area = 0.0
    for i in range(1, len(xs)):
        area += (xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1]) / 2
    return float(1 - 2 * area)
