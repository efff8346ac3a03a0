# verdict: wrong
# misconception: the mean absolute error, which weighs errors above and below the forecast alike and ignores alpha
# feedback: mean absolute error, which ignores alpha
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    return float(np.mean(np.abs(np.asarray(y, dtype=float) - np.asarray(q_pred, dtype=float))))
