# verdict: correct
# misconception: splits the loss into its two positive parts, alpha·(y - q)+ + (1 - alpha)·(q - y)+, with np.clip
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    y, q_pred = np.asarray(y, dtype=float), np.asarray(q_pred, dtype=float)
    under = np.clip(y - q_pred, 0, None)
    over = np.clip(q_pred - y, 0, None)
    return float((alpha * under + (1 - alpha) * over).mean())
