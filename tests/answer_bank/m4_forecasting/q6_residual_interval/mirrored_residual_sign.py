# verdict: wrong
# misconception: treats the residuals as forecast - actual and subtracts them: lower = forecast - high quantile, upper = forecast - low quantile
# feedback: the bounds are mirrored
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical quantiles of past residuals."""
    forecast = np.asarray(forecast, dtype=float)
    low, high = np.quantile(np.asarray(residuals, dtype=float), [(1 - level) / 2, (1 + level) / 2])
    return forecast - high, forecast - low
