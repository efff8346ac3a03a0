# verdict: wrong
# misconception: passes the visible example (and the properties cell, 2 of 4 points): wraps the inputs in pd.Series and reorders them with predicted-order positions, series[order], which pandas reads as index labels, so a Series whose index is not 0..n-1 raises KeyError
# feedback: raised KeyError
# score: 2
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve, ties grouped."""
    actual, predicted, exposure = (pd.Series(v, dtype=float) for v in (actual, predicted, exposure))
    order = np.argsort(predicted.to_numpy(), kind="stable")
    p, a, e = predicted[order].to_numpy(), actual[order].to_numpy(), exposure[order].to_numpy()
    _, starts = np.unique(p, return_index=True)
    claims, years = np.add.reduceat(a, starts), np.add.reduceat(e, starts)
    x = np.concatenate([[0.0], np.cumsum(years) / years.sum()])
    y = np.concatenate([[0.0], np.cumsum(claims) / claims.sum()])
    return float(1 - 2 * np.trapezoid(y, x))
