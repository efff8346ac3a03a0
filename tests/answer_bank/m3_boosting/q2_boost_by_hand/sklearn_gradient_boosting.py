# verdict: correct
# misconception: scikit-learn's GradientBoostingRegressor does exactly these rounds (squared error, starts from the mean, shrinks each tree)
def boost_by_hand(X, y, n_rounds: int, learning_rate: float, max_depth: int) -> np.ndarray:
    """Squared-error gradient boosting with scikit-learn trees; predictions on ``X``."""
    from sklearn.ensemble import GradientBoostingRegressor
    model = GradientBoostingRegressor(loss="squared_error", n_estimators=n_rounds, learning_rate=learning_rate,
                                      max_depth=max_depth)
    return model.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float)).predict(np.asarray(X, dtype=float))
