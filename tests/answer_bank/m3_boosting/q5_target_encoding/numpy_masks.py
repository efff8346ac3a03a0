# verdict: correct
# misconception: NumPy only: boolean masks per fold and per category, np.unique for the levels, no pandas
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    cats = np.array([str(c) for c in categories])
    target = np.asarray(y, dtype=float)
    fold = np.asarray(folds)
    test_cats = np.array([str(c) for c in test_categories])
    train_enc = np.zeros(len(cats))
    for k in np.unique(fold):
        inside = fold == k
        outside = ~inside
        fallback = target[outside].mean()
        for c in np.unique(cats[inside]):
            rows = inside & (cats == c)
            donors = outside & (cats == c)
            train_enc[rows] = target[donors].mean() if donors.any() else fallback
    test_enc = np.full(len(test_cats), target.mean())
    for c in np.unique(test_cats):
        if (cats == c).any():
            test_enc[test_cats == c] = target[cats == c].mean()
    return train_enc, test_enc
