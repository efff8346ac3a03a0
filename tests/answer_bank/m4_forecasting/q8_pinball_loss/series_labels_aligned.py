# verdict: wrong
# misconception: passes the visible example (lists): subtracts pd.Series(y) - pd.Series(q_pred), which pairs a Series' values by index LABEL: with y indexed 100..129 and a list of forecasts, no labels match and the mean of the NaN differences is NaN
# feedback: returned nan
# score: 0
def pinball_loss(y, q_pred, alpha: float) -> float:
    """Mean pinball (quantile) loss of the ``alpha``-quantile forecasts ``q_pred``."""
    error = pd.Series(y, dtype=float) - pd.Series(q_pred, dtype=float)
    loss = np.where(error >= 0, alpha * error, (alpha - 1) * error)
    return float(np.mean(loss))
