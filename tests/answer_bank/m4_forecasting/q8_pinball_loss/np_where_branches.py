# verdict: correct
# misconception: np.where on the sign of the error, as the lesson computes it by hand
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    diff = np.asarray(y, dtype=float) - np.asarray(q_pred, dtype=float)
    return float(np.mean(np.where(diff >= 0, alpha * diff, (alpha - 1) * diff)))
