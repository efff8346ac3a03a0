# verdict: wrong
# misconception: sorts policy by policy without grouping equal predictions, so ties are ordered arbitrarily and a constant prediction does not give 0
# feedback: group policies with equal predictions into one point
# score: 0
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve."""
    actual, predicted, exposure = (np.asarray(v, dtype=float) for v in (actual, predicted, exposure))
    order = np.argsort(predicted)
    x = np.concatenate([[0.0], np.cumsum(exposure[order]) / exposure.sum()])
    y = np.concatenate([[0.0], np.cumsum(actual[order]) / actual.sum()])
    return float(1 - 2 * np.trapezoid(y, x))
