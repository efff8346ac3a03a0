# verdict: wrong
# misconception: returns the total deviance 2 * sum(...) instead of the mean over observations
# feedback: that is the total, not the mean
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Poisson deviance."""
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    safe_y = np.where(y > 0, y, 1.0)
    return float(2 * np.sum(np.where(y > 0, y * np.log(safe_y / mu), 0.0) - (y - mu)))
