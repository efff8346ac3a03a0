# verdict: correct
# misconception: a plain Python loop over the (outcome, forecast) pairs with an if on the sign of the error
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    total, n = 0.0, 0
    for outcome, forecast in zip(y, q_pred):
        error = float(outcome) - float(forecast)
        total += alpha * error if error >= 0 else (alpha - 1) * error
        n += 1
    return total / n
