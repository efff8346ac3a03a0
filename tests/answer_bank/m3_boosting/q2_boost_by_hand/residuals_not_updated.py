# verdict: wrong
# misconception: computes the residuals y - mean once before the loop and never updates them, so every round fits the same tree
# feedback: the residuals are never updated
# score: 0
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """Squared-error gradient boosting with scikit-learn trees; predictions on ``X``."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    predicted = np.full(len(y), y.mean())
    residuals = y - predicted
    for _ in range(n_rounds):
        tree = DecisionTreeRegressor(max_depth=max_depth).fit(X, residuals)
        predicted = predicted + learning_rate * tree.predict(X)
    return predicted
