# verdict: correct
# misconception: scipy.special.xlogy(y, y / mu), which defines 0 log 0 = 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance with xlogy."""
    from scipy.special import xlogy
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    return float(2 * np.mean(xlogy(y, y / mu) - (y - mu)))
