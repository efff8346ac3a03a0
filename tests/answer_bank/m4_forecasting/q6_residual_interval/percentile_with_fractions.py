# verdict: wrong
# misconception: np.percentile with probabilities instead of percents: asks for the 0.2 % and 0.8 % percentiles, near the smallest residual
# feedback: PERCENTS
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical percentiles of past residuals."""
    forecast = np.asarray(forecast, dtype=float)
    low, high = np.percentile(np.asarray(residuals, dtype=float), [(1 - level) / 2, (1 + level) / 2])
    return forecast + low, forecast + high
