# verdict: wrong
# misconception: passes the visible example: passed "everything before the test window", y[:test[0]], instead of y[train]; identical for expanding-window folds (the example), wrong for sliding windows whose training part does not start at 0
# feedback: need not start at position 0
# score: 0
import numpy as np


def backtest(y, forecaster, splits) -> np.ndarray:
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        start = int(np.asarray(test)[0])
        fc = forecaster(y[:start], len(test))
        errors.append(np.mean(np.abs(y[np.asarray(test)] - fc)))
    return np.array(errors)
