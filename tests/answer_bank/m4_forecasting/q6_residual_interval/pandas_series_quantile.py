# verdict: correct
# misconception: pandas Series.quantile (linear interpolation by default) on both levels at once
def residual_interval(forecast, residuals, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Central prediction interval with pandas quantiles."""
    bounds = pd.Series(np.asarray(residuals, dtype=float)).quantile([(1 - level) / 2, (1 + level) / 2])
    forecast = np.asarray(forecast, dtype=float)
    return forecast + bounds.iloc[0], forecast + bounds.iloc[1]
