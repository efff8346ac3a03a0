# verdict: wrong
# misconception: hard-coded to the worked example: always returns the example's 3 x 3 table
# feedback: worked example's answer
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    return np.array([[0.5, 0.2, 0.25], [0.8, 0.36, 0.18], [8 / 3, 0.9, 0.3]])
