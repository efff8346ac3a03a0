# verdict: correct
# misconception: np.percentile with the levels in percent, each bound computed separately
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval with np.percentile."""
    residuals = np.asarray(residuals, dtype=float)
    tail = 100 * (1 - level) / 2
    lower = np.asarray(forecast, dtype=float) + np.percentile(residuals, tail)
    upper = np.asarray(forecast, dtype=float) + np.percentile(residuals, 100 - tail)
    return lower, upper
