# verdict: wrong
# misconception: a leaf predicts its mean claim count, sum(y) / number of policies, instead of its claim rate sum(y) / sum(exposure)
# feedback: exposure is ignored
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the total Poisson deviance, and that reduction."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def y_log_mean(mask):
        claims = y[mask].sum()
        return claims * np.log(y[mask].mean()) if claims > 0 else 0.0

    values = np.unique(x)
    everyone = y_log_mean(np.ones(len(x), dtype=bool))
    best = (None, -np.inf)
    for threshold in (values[:-1] + values[1:]) / 2:
        left = x < threshold
        reduction = 2 * (y_log_mean(left) + y_log_mean(~left) - everyone)
        if reduction > best[1]:
            best = (float(threshold), float(reduction))
    return best
