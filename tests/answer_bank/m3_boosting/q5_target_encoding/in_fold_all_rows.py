# verdict: wrong
# misconception: encodes every training row with its category's mean over ALL training rows, its own target included (the leak the exercise is about)
# feedback: its own target included: that is the leak
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Mean-target encoding of training and test rows."""
    train = pd.DataFrame({"category": np.asarray(categories, dtype=object), "y": np.asarray(y, dtype=float)})
    means = train.groupby("category")["y"].mean()
    test = pd.Series(np.asarray(test_categories, dtype=object)).map(means).fillna(train["y"].mean())
    return train["category"].map(means).to_numpy(dtype=float), test.to_numpy(dtype=float)
