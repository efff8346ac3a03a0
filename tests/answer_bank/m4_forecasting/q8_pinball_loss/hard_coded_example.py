# verdict: wrong
# misconception: hard-coded to the worked example: always returns 2.9, whatever the outcomes, forecasts and alpha
# feedback: worked example
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    return 2.9
