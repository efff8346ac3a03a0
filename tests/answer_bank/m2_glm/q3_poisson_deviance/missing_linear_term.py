# verdict: wrong
# misconception: keeps only 2 * mean(y log(y/mu)), dropping the -(y - mu) term (it only cancels when the totals balance)
# feedback: the −(y − μ) term is missing
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance."""
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    safe_y = np.where(y > 0, y, 1.0)
    return float(2 * np.mean(np.where(y > 0, y * np.log(safe_y / mu), 0.0)))
