# verdict: wrong
# misconception: weights swapped: an outcome above the forecast costs 1 - alpha, one below costs alpha
# feedback: the weights are swapped
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = np.asarray(y, dtype=float) - np.asarray(q_pred, dtype=float)
    return float(np.mean(np.where(error >= 0, (1 - alpha) * error, -alpha * error)))
