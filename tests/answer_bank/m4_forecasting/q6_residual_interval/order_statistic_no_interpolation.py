# verdict: wrong
# misconception: sorts the residuals and picks the order statistics at int(p * n), skipping the linear interpolation the statement asks for
# feedback: without interpolating
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from sorted residuals."""
    forecast = np.asarray(forecast, dtype=float)
    ranked = np.sort(np.asarray(residuals, dtype=float))
    n = len(ranked)
    low = ranked[int((1 - level) / 2 * n)]
    high = ranked[min(int((1 + level) / 2 * n), n - 1)]
    return forecast + low, forecast + high
