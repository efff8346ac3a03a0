# verdict: wrong
# misconception: returns the total loss (np.sum) instead of the mean over the outcomes
# feedback: this is the sum of the losses
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = np.asarray(y, dtype=float) - np.asarray(q_pred, dtype=float)
    return float(np.sum(np.maximum(alpha * error, (alpha - 1) * error)))
