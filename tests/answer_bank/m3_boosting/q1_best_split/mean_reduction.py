# verdict: wrong
# misconception: divides the deviance reduction by the number of policies (a mean deviance reduction) instead of the total
# feedback: the reduction is averaged over policies
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the mean Poisson deviance, and that reduction."""
    x, y, exposure = np.asarray(x, dtype=float), np.asarray(y, dtype=float), np.asarray(exposure, dtype=float)

    def y_log_rate(mask):
        claims, years = y[mask].sum(), exposure[mask].sum()
        return claims * np.log(claims / years) if claims > 0 else 0.0

    values = np.unique(x)
    everyone = y_log_rate(np.ones(len(x), dtype=bool))
    best = (None, -np.inf)
    for threshold in (values[:-1] + values[1:]) / 2:
        left = x < threshold
        reduction = 2 * (y_log_rate(left) + y_log_rate(~left) - everyone) / len(x)
        if reduction > best[1]:
            best = (float(threshold), float(reduction))
    return best
