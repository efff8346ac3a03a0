# verdict: wrong
# misconception: tries each distinct value v with x <= v going left and returns v itself, not the midpoint between v and the next distinct value
# feedback: the threshold is a value of x, not the midpoint
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the total Poisson deviance, and that reduction."""
    x, y, exposure = np.asarray(x, dtype=float), np.asarray(y, dtype=float), np.asarray(exposure, dtype=float)

    def y_log_rate(mask):
        claims, years = y[mask].sum(), exposure[mask].sum()
        return claims * np.log(claims / years) if claims > 0 else 0.0

    everyone = y_log_rate(np.ones(len(x), dtype=bool))
    best = (None, -np.inf)
    for value in np.unique(x)[:-1]:
        left = x <= value
        reduction = 2 * (y_log_rate(left) + y_log_rate(~left) - everyone)
        if reduction > best[1]:
            best = (float(value), float(reduction))
    return best
