# verdict: wrong
# misconception: right out-of-fold training encoding, but a test category never seen in training is encoded as 0 (dict.get with default 0)
# feedback: is encoded as 0
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold mean-target encoding of training rows; full-training encoding of test rows."""
    categories, y, folds = list(categories), np.asarray(y, dtype=float), np.asarray(folds)
    encoding = np.empty(len(y))
    for fold in np.unique(folds):
        others = folds != fold
        means = pd.Series(y[others]).groupby([c for c, o in zip(categories, others) if o]).mean().to_dict()
        for i in np.flatnonzero(~others):
            encoding[i] = means.get(categories[i], y[others].mean())
    means = pd.Series(y).groupby(categories).mean().to_dict()
    test = np.array([means.get(c, 0.0) for c in test_categories], dtype=float)
    return encoding, test
