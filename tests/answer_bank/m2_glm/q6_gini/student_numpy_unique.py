# verdict: correct
# misconception: none — np.unique(return_inverse) + np.bincount to group ties, trapezoid area
import numpy as np


def exposure_weighted_gini(actual, predicted, exposure) -> float:
    a = np.asarray(actual, dtype=float)
    p = np.asarray(predicted, dtype=float)
    e = np.asarray(exposure, dtype=float)
    levels, inv = np.unique(p, return_inverse=True)
    claims = np.bincount(inv.ravel(), weights=a, minlength=len(levels))
    expo = np.bincount(inv.ravel(), weights=e, minlength=len(levels))
    x = np.r_[0.0, np.cumsum(expo)] / expo.sum()
    y = np.r_[0.0, np.cumsum(claims)] / claims.sum()
    return 1.0 - 2.0 * np.trapezoid(y, x)
