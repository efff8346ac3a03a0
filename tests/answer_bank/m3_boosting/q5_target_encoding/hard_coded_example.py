# verdict: wrong
# misconception: hard-coded to the worked example: returns the statement's two arrays whatever the arguments
# feedback: worked example's answer
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """The worked example's encodings."""
    return np.array([0.0, 1.0, 1.0, 1.0, 1.0]), np.array([1 / 3, 0.6])
