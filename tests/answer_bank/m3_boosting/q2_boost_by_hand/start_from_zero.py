# verdict: wrong
# misconception: starts boosting from a prediction of 0 instead of the mean of y
# feedback: boosting starts from 0
# score: 0
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """Squared-error gradient boosting with scikit-learn trees; predictions on ``X``."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    predicted = np.zeros(len(y))
    for _ in range(n_rounds):
        tree = DecisionTreeRegressor(max_depth=max_depth).fit(X, y - predicted)
        predicted = predicted + learning_rate * tree.predict(X)
    return predicted
