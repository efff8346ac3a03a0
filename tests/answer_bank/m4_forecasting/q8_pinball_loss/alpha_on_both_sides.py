# verdict: wrong
# misconception: weights every error by alpha, alpha · |y - q|, instead of alpha above the forecast and 1 - alpha below
# feedback: both sides are weighted by alpha
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = np.asarray(y, dtype=float) - np.asarray(q_pred, dtype=float)
    return float(np.mean(alpha * np.abs(error)))
