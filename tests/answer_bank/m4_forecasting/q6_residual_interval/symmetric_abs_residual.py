# verdict: wrong
# misconception: a symmetric band, forecast ± the level-quantile of |residual|, instead of the equal-tailed quantiles of the signed residuals
# feedback: the interval is symmetric
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval, forecast ± the typical absolute error."""
    forecast = np.asarray(forecast, dtype=float)
    width = np.quantile(np.abs(np.asarray(residuals, dtype=float)), level)
    return forecast - width, forecast + width
