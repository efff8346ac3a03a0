# verdict: wrong
# misconception: adds every tree at full size, forgetting to multiply it by the learning rate
# feedback: there is no shrinkage
# score: 0
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """Squared-error gradient boosting with scikit-learn trees; predictions on ``X``."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    predicted = np.full(len(y), y.mean())
    for _ in range(n_rounds):
        tree = DecisionTreeRegressor(max_depth=max_depth).fit(X, y - predicted)
        predicted = predicted + tree.predict(X)
    return predicted
