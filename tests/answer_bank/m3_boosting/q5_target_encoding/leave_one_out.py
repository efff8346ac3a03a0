# verdict: wrong
# misconception: leave-one-out encoding: each training row gets its category's mean without itself, (sum - y_i) / (count - 1), ignoring the folds
# feedback: this is leave-one-out encoding
# score: 0
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Leave-one-out encoding of training rows; full-training encoding of test rows."""
    train = pd.DataFrame({"category": np.asarray(categories, dtype=object), "y": np.asarray(y, dtype=float)})
    grouped = train.groupby("category")["y"]
    sums, counts = grouped.transform("sum"), grouped.transform("count")
    encoding = (sums - train["y"]) / (counts - 1)
    test = pd.Series(np.asarray(test_categories, dtype=object)).map(grouped.mean()).fillna(train["y"].mean())
    return encoding.to_numpy(dtype=float), test.to_numpy(dtype=float)
