# verdict: correct
# misconception: vectorised pandas: sums and counts per (category, fold) and per category; the other folds' mean is (category total - fold's part) / (count - fold's count)
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold mean-target encoding of training rows; full-training encoding of test rows."""
    frame = pd.DataFrame({"c": pd.Series(categories).astype(str).to_numpy(), "y": np.asarray(y, dtype=float),
                          "f": np.asarray(folds)})
    by_category = frame.groupby("c")["y"]
    by_cell = frame.groupby(["c", "f"])["y"]
    by_fold = frame.groupby("f")["y"]
    other_sum = by_category.transform("sum") - by_cell.transform("sum")
    other_count = by_category.transform("count") - by_cell.transform("count")
    other_fold_mean = (frame["y"].sum() - by_fold.transform("sum")) / (len(frame) - by_fold.transform("count"))
    encoding = (other_sum / other_count.where(other_count > 0)).fillna(other_fold_mean)
    test = pd.Series(test_categories).astype(str).map(by_category.mean()).fillna(frame["y"].mean())
    return encoding.to_numpy(dtype=float), test.to_numpy(dtype=float)
