# verdict: correct
# misconception: none — DataFrame from float arrays, groupby(predicted) sums, cumulative shares with a leading 0, np.trapezoid
import numpy as np
import pandas as pd


def exposure_weighted_gini(actual, predicted, exposure) -> float:
    df = pd.DataFrame({
        "actual": np.asarray(actual, dtype=float),
        "predicted": np.asarray(predicted, dtype=float),
        "exposure": np.asarray(exposure, dtype=float),
    })
    g = df.groupby("predicted", sort=True)[["actual", "exposure"]].sum()
    x = np.concatenate([[0.0], g["exposure"].cumsum().to_numpy() / g["exposure"].sum()])
    y = np.concatenate([[0.0], g["actual"].cumsum().to_numpy() / g["actual"].sum()])
    return float(1 - 2 * np.trapezoid(y, x))
