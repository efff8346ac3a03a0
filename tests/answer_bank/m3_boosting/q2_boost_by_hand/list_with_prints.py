# verdict: correct
# misconception: returns a plain Python list, prints the training error after every round, and imports its own tree class under another name
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    from sklearn.tree import DecisionTreeRegressor as Tree
    features = np.array(X, dtype=float)
    target = np.array(y, dtype=float)
    current = [float(target.mean())] * len(target)
    for round_number in range(1, n_rounds + 1):
        residuals = [t - c for t, c in zip(target, current)]
        step = Tree(max_depth=max_depth).fit(features, residuals).predict(features)
        current = [c + learning_rate * s for c, s in zip(current, step)]
        mse = sum((t - c) ** 2 for t, c in zip(target, current)) / len(target)
        print(f"round {round_number}: training MSE {mse:.4f}")
    return current
