# verdict: correct
# misconception: scikit-learn's own sklearn.metrics.mean_poisson_deviance
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance, from scikit-learn."""
    from sklearn.metrics import mean_poisson_deviance as sklearn_deviance
    return float(sklearn_deviance(np.asarray(y, dtype=float), np.asarray(mu, dtype=float)))
