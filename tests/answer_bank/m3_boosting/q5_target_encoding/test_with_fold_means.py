# verdict: wrong
# misconception: encodes each test row with the average of the K out-of-fold category means (what the training rows saw) instead of the mean over all training rows
# feedback: the test encoding returned
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold encoding of training rows; test rows get the average of the fold encodings."""
    train = pd.DataFrame({"category": np.asarray(categories, dtype=object), "y": np.asarray(y, dtype=float),
                          "fold": np.asarray(folds)})
    test = pd.Series(np.asarray(test_categories, dtype=object))
    encoding = np.empty(len(train))
    test_encodings = []
    for fold in train["fold"].unique():
        inside = (train["fold"] == fold).to_numpy()
        outside = train[~inside]
        means = outside.groupby("category")["y"].mean()
        fallback = outside["y"].mean()
        encoding[inside] = train.loc[inside, "category"].map(means).fillna(fallback).to_numpy(dtype=float)
        test_encodings.append(test.map(means).fillna(fallback).to_numpy(dtype=float))
    return encoding, np.mean(test_encodings, axis=0)
