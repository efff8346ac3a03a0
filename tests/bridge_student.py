"""A student's notebook, as tests/test_bridge.py runs it in the student kernel."""

import os
import warnings

import numpy as np
import pandas as pd

BOOK = pd.DataFrame({"exposure": [1.0, 0.5], "nclaims": [0, 1]})


def double(x):
    return np.asarray(x) * 2


def whoami():
    return os.getpid()


class Model:
    def predict(self, X):
        return np.full(len(X), 0.5)


model = Model()


class PolicyError(ValueError):
    pass


def validate(exposure):
    if exposure <= 0:
        raise PolicyError(f"exposure must be positive: {exposure}")


def unfinished():
    raise NotImplementedError()


def noisy():
    print("printed by the student")
    warnings.warn("careful", UserWarning)


def backtest(forecaster, y):
    return [np.asarray(forecaster(y[:origin], 2)).tolist() for origin in (2, 3)]


def adds_column(frame):
    frame["added"] = 1


def stubborn(seconds):
    """Ignores the first interrupt: a call the checker must abandon."""
    import time
    end = time.time() + seconds
    while time.time() < end:
        try:
            time.sleep(0.05)
        except KeyboardInterrupt:
            pass
    return "finished"


def endless():
    while True:
        pass
