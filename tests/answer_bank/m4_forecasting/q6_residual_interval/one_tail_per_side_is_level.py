# verdict: wrong
# misconception: takes the quantiles at 1 - level and level (20 % and 80 % for an 80 % interval), which covers only 2·level - 1
# feedback: one tail each of 1 - level
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical quantiles of past residuals."""
    forecast = np.asarray(forecast, dtype=float)
    low, high = np.quantile(np.asarray(residuals, dtype=float), [1 - level, level])
    return forecast + low, forecast + high
