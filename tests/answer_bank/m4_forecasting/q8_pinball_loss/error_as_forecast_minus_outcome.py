# verdict: wrong
# misconception: copies the formula but defines the error as forecast - outcome (q - y, the usual residual of a forecaster), which swaps the two weights
# feedback: the weights are swapped
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = np.asarray(q_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(np.maximum(alpha * error, (alpha - 1) * error)))
