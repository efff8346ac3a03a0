# verdict: wrong
# misconception: forgets the factor 2 of the deviance: the mean of y log(y/mu) - (y - mu)
# feedback: the factor 2 is missing
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance."""
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    safe_y = np.where(y > 0, y, 1.0)
    return float(np.mean(np.where(y > 0, y * np.log(safe_y / mu), 0.0) - (y - mu)))
