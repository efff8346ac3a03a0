# verdict: wrong
# misconception: passes the visible example: scikit-learn's depth-1 tree with criterion="poisson" on the claim rate, weighted by exposure, picks the threshold, but sklearn's Poisson criterion never considers a split that leaves one side without claims, which the statement counts (a claim-free side contributes 0)
# feedback: a side without claims is a valid leaf
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold from a Poisson regression stump, and the deviance reduction it brings."""
    x, y, w = (np.asarray(a, dtype=float) for a in (x, y, exposure))
    stump = DecisionTreeRegressor(max_depth=1, criterion="poisson").fit(x.reshape(-1, 1), y / w, sample_weight=w)
    threshold = float(stump.tree_.threshold[0])
    left = x <= threshold

    def y_log_rate(mask):
        claims, years = y[mask].sum(), w[mask].sum()
        return claims * np.log(claims / years) if claims > 0 else 0.0

    reduction = 2 * (y_log_rate(left) + y_log_rate(~left) - y_log_rate(np.ones(len(x), dtype=bool)))
    return threshold, float(reduction)
