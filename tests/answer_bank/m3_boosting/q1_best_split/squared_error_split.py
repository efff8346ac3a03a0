# verdict: wrong
# misconception: chooses the split that most reduces the exposure-weighted squared error of the claim rate (a regression tree's default criterion) and reports that reduction
# feedback: the split is chosen by squared error
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the weighted squared error of the claim rate."""
    x, w = np.asarray(x, dtype=float), np.asarray(exposure, dtype=float)
    rate = np.asarray(y, dtype=float) / w

    def sse(mask):
        mean = np.average(rate[mask], weights=w[mask])
        return np.sum(w[mask] * (rate[mask] - mean) ** 2)

    values = np.unique(x)
    total = sse(np.ones(len(x), dtype=bool))
    best = (None, -np.inf)
    for threshold in (values[:-1] + values[1:]) / 2:
        left = x < threshold
        reduction = total - sse(left) - sse(~left)
        if reduction > best[1]:
            best = (float(threshold), float(reduction))
    return best
