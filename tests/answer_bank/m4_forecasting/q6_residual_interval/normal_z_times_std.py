# verdict: wrong
# misconception: assumes normal residuals: forecast ± z · standard deviation of the residuals, which ignores their skew
# feedback: residuals are assumed normal
# score: 0
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval, forecast ± z · sd of the residuals."""
    from scipy.stats import norm
    forecast = np.asarray(forecast, dtype=float)
    sd = pd.Series(np.asarray(residuals, dtype=float)).std()
    z = norm.ppf((1 + level) / 2)
    return forecast - z * sd, forecast + z * sd
