# verdict: wrong
# misconception: passes the visible example (every category there has rows in both folds): a training row whose category has no rows in the other folds gets the mean of y over ALL training rows (its own fold included), not over the other folds
# feedback: the training encoding returned
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold mean-target encoding of training rows; full-training encoding of test rows."""
    train = pd.DataFrame({"category": np.asarray(categories, dtype=object), "y": np.asarray(y, dtype=float),
                          "fold": np.asarray(folds)})
    overall = train["y"].mean()
    encoding = np.empty(len(train))
    for fold in train["fold"].unique():
        inside = (train["fold"] == fold).to_numpy()
        means = train[~inside].groupby("category")["y"].mean()
        encoding[inside] = train.loc[inside, "category"].map(means).fillna(overall).to_numpy(dtype=float)
    means = train.groupby("category")["y"].mean()
    test = pd.Series(np.asarray(test_categories, dtype=object)).map(means).fillna(overall)
    return encoding, test.to_numpy(dtype=float)
