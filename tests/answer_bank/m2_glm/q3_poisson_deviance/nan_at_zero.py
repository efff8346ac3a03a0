# verdict: wrong
# misconception: writes the formula literally, y * np.log(y / mu), which is 0 * log(0) = nan for y = 0
# feedback: returned nan
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance."""
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    return float(2 * np.mean(y * np.log(y / mu) - (y - mu)))
