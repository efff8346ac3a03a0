# verdict: correct
# misconception: keeps the residuals in place (residual -= rate * tree), stores the trees and sums their shrunk predictions at the end
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """Squared-error gradient boosting with scikit-learn trees; predictions on ``X``."""
    X = pd.DataFrame(X).to_numpy(dtype=float)
    y = np.asarray(y, dtype=float)
    start = y.mean()
    residual = y - start
    trees = []
    for _ in range(n_rounds):
        tree = DecisionTreeRegressor(max_depth=max_depth)
        tree.fit(X, residual)
        residual -= learning_rate * tree.predict(X)
        trees.append(tree)
    return start + learning_rate * sum(tree.predict(X) for tree in trees)
