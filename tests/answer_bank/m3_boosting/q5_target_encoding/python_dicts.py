# verdict: correct
# misconception: plain Python: per-fold sums and counts in dictionaries, the other folds' totals as the whole minus the fold's own
def out_of_fold_encoding(categories, y, folds, test_categories) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold mean-target encoding of training rows; full-training encoding of test rows."""
    from collections import defaultdict
    categories, y, folds = list(categories), [float(v) for v in y], list(folds)
    total_sum, total_count = defaultdict(float), defaultdict(int)
    fold_sum, fold_count = defaultdict(float), defaultdict(int)
    fold_y, fold_n = defaultdict(float), defaultdict(int)
    for c, v, f in zip(categories, y, folds):
        total_sum[c] += v
        total_count[c] += 1
        fold_sum[c, f] += v
        fold_count[c, f] += 1
        fold_y[f] += v
        fold_n[f] += 1
    all_y, all_n = sum(y), len(y)
    train = []
    for c, f in zip(categories, folds):
        n = total_count[c] - fold_count[c, f]
        if n > 0:
            train.append((total_sum[c] - fold_sum[c, f]) / n)
        else:
            train.append((all_y - fold_y[f]) / (all_n - fold_n[f]))
    test = [total_sum[c] / total_count[c] if c in total_count else all_y / all_n for c in test_categories]
    return np.array(train, dtype=float), np.array(test, dtype=float)
