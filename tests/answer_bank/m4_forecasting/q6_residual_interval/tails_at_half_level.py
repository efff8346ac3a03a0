# verdict: wrong
# misconception: takes the quantiles at level/2 and 1 - level/2 (the 40 % and 60 % quantiles for 80 %), a narrow interval
# feedback: leaves (1 - level)/2 in each tail
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical quantiles of past residuals."""
    forecast = np.asarray(forecast, dtype=float)
    residuals = np.asarray(residuals, dtype=float)
    low = np.quantile(residuals, level / 2)
    high = np.quantile(residuals, 1 - level / 2)
    return forecast + low, forecast + high
