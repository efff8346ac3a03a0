# verdict: correct
# misconception: NumPy only: np.unique groups the sorted predictions, np.add.reduceat adds up each group's claims and exposure
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve, ties grouped."""
    actual, predicted, exposure = (np.asarray(v, dtype=float) for v in (actual, predicted, exposure))
    order = np.argsort(predicted, kind="stable")
    _, starts = np.unique(predicted[order], return_index=True)
    claims = np.add.reduceat(actual[order], starts)
    years = np.add.reduceat(exposure[order], starts)
    x = np.concatenate([[0.0], np.cumsum(years) / years.sum()])
    y = np.concatenate([[0.0], np.cumsum(claims) / claims.sum()])
    return float(1 - 2 * np.trapezoid(y, x))
