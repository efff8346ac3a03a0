# verdict: wrong
# misconception: computed the seasonal-naive scale on the whole series (train followed by test), "more data gives a better scale"
# feedback: the scale is computed on the whole series
# score: 0
import numpy as np


def mase(y_train, y_test, forecast, m: int) -> float:
    full = np.concatenate([np.asarray(y_train, float), np.asarray(y_test, float)])
    scale = np.mean(np.abs(full[m:] - full[:-m]))
    mae = np.mean(np.abs(np.asarray(y_test, float) - np.asarray(forecast, float)))
    return float(mae / scale)
