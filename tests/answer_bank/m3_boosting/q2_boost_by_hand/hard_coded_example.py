# verdict: wrong
# misconception: hard-coded to the worked example: rebuilds the test cell's example data (500 rows, seed 0) and boosts it for 2 rounds at 0.3 and depth 2, whatever the arguments
# feedback: worked example's answer
# score: 0
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """The example's boosted predictions."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 3))
    y = X[:, 0] ** 2 + np.sin(3 * X[:, 1]) + rng.normal(0, 0.3, 500)
    predicted = np.full(len(y), y.mean())
    for _ in range(2):
        predicted = predicted + 0.3 * DecisionTreeRegressor(max_depth=2).fit(X, y - predicted).predict(X)
    return predicted
