# verdict: wrong
# misconception: lets scikit-learn's default (squared-error) depth-1 tree on the claim rate pick the threshold, then reports the Poisson deviance reduction at that threshold
# feedback: the split is chosen by squared error
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold from a regression stump, and the Poisson deviance reduction it brings."""
    x, y, w = (np.asarray(a, dtype=float) for a in (x, y, exposure))
    stump = DecisionTreeRegressor(max_depth=1).fit(x.reshape(-1, 1), y / w, sample_weight=w)
    threshold = float(stump.tree_.threshold[0])
    # scikit-learn sends x <= threshold left; the threshold is halfway between two values, so x < threshold is the same
    left = x <= threshold

    def y_log_rate(mask):
        claims, years = y[mask].sum(), w[mask].sum()
        return claims * np.log(claims / years) if claims > 0 else 0.0

    reduction = 2 * (y_log_rate(left) + y_log_rate(~left) - y_log_rate(np.ones(len(x), dtype=bool)))
    return threshold, float(reduction)
