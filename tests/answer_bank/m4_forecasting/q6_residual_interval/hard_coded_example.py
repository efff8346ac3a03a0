# verdict: wrong
# misconception: hard-coded to the worked example: always returns the bounds of residual_interval([10, 20], [-2, -1, 0, 1, 5], 0.6)
# feedback: worked example
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval from the empirical quantiles of past residuals."""
    return np.array([8.8, 18.8]), np.array([11.8, 21.8])
