# verdict: correct
# misconception: plain loop over the midpoints of the sorted distinct values, recomputing both sides' claims and years with boolean masks
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the total Poisson deviance, and that reduction."""
    import math
    x, y, w = (np.asarray(a, dtype=float) for a in (x, y, exposure))

    def y_log_rate(claims, years):
        return claims * math.log(claims / years) if claims > 0 else 0.0

    everyone = y_log_rate(y.sum(), w.sum())
    values = sorted(set(x.tolist()))
    best_threshold, best_reduction = None, -math.inf
    for low, high in zip(values[:-1], values[1:]):
        threshold = (low + high) / 2
        left = x < threshold
        reduction = 2 * (y_log_rate(y[left].sum(), w[left].sum()) + y_log_rate(y[~left].sum(), w[~left].sum())
                         - everyone)
        if reduction > best_reduction:
            best_threshold, best_reduction = threshold, reduction
    return float(best_threshold), float(best_reduction)
