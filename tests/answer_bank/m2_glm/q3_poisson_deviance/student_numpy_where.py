# verdict: correct
# misconception: none — float arrays, log only where y > 0 via np.where
import numpy as np


def mean_poisson_deviance(y, mu) -> float:
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    safe_y = np.where(y > 0, y, 1.0)
    ylog = np.where(y > 0, y * np.log(safe_y / mu), 0.0)
    return float(2.0 * np.mean(ylog - (y - mu)))
