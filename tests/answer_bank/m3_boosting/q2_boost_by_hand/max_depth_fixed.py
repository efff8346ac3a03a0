# verdict: wrong
# misconception: passes the visible example: the trees are built with max_depth=2 (the example's depth) instead of the max_depth argument
# feedback: max_depth is ignored
# score: 2
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    pred = np.full(len(y), y.mean())
    for i in range(n_rounds):
        tree = DecisionTreeRegressor(max_depth=2)
        tree.fit(X, y - pred)
        pred += learning_rate * tree.predict(X)
    return pred
