# verdict: wrong
# misconception: hard-coded to the worked example: computes the best bonus-malus split of the notebook's TRAIN, whatever the arguments
# feedback: worked example's answer
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """The best first split of the example (bonus-malus on TRAIN)."""
    x, y, w = (TRAIN[c].to_numpy(dtype=float) for c in ("bonus_malus", "nclaims", "exposure"))

    def y_log_rate(mask):
        claims, years = y[mask].sum(), w[mask].sum()
        return claims * np.log(claims / years) if claims > 0 else 0.0

    values = np.unique(x)
    everyone = y_log_rate(np.ones(len(x), dtype=bool))
    scores = [(2 * (y_log_rate(x < t) + y_log_rate(x >= t) - everyone), t) for t in (values[:-1] + values[1:]) / 2]
    reduction, threshold = max(scores)
    return float(threshold), float(reduction)
