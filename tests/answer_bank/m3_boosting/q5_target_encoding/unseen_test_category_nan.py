# verdict: wrong
# misconception: right out-of-fold training encoding, but a test category never seen in training is left as NaN by map()
# feedback: is left as NaN
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold mean-target encoding of training rows; full-training encoding of test rows."""
    train = pd.DataFrame({"category": np.asarray(categories, dtype=object), "y": np.asarray(y, dtype=float),
                          "fold": np.asarray(folds)})
    encoding = np.empty(len(train))
    for fold in train["fold"].unique():
        inside = (train["fold"] == fold).to_numpy()
        outside = train[~inside]
        means = outside.groupby("category")["y"].mean()
        encoding[inside] = train.loc[inside, "category"].map(means).fillna(outside["y"].mean()).to_numpy(dtype=float)
    means = train.groupby("category")["y"].mean()
    test = pd.Series(np.asarray(test_categories, dtype=object)).map(means)
    return encoding, test.to_numpy(dtype=float)
