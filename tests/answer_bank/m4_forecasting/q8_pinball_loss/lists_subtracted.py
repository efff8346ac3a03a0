# verdict: wrong
# misconception: subtracts the arguments without np.asarray: two Python lists cannot be subtracted (TypeError)
# feedback: raised TypeError
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = y - q_pred
    return float(np.mean(np.maximum(alpha * error, (alpha - 1) * error)))
