# verdict: wrong
# misconception: passes the visible example (no repeated residuals): sorts set(residuals), which drops repeated residuals, before taking the quantiles, so the quantiles of whole-unit residuals move
# feedback: returned (array(
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical quantiles of past residuals."""
    ordered = np.array(sorted(set(float(r) for r in residuals)))
    low = np.quantile(ordered, (1 - level) / 2)
    high = np.quantile(ordered, (1 + level) / 2)
    forecast = np.asarray(forecast, dtype=float)
    return forecast + low, forecast + high
