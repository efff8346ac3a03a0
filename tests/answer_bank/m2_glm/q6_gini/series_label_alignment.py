# verdict: wrong
# misconception: passes the visible example (and the properties cell, 2 of 4 points): builds the DataFrame straight from the inputs, so Series with different indexes are aligned by label, pairing each claim with another policy's prediction
# feedback: pandas paired the inputs by index label
# score: 2
import numpy as np
import pandas as pd


def exposure_weighted_gini(actual, predicted, exposure) -> float:
    df = pd.DataFrame({"actual": actual, "predicted": predicted, "exposure": exposure})
    g = df.groupby("predicted")[["actual", "exposure"]].sum()
    x = np.r_[0.0, g["exposure"].cumsum() / g["exposure"].sum()]
    y = np.r_[0.0, g["actual"].cumsum() / g["actual"].sum()]
    return float(1 - 2 * np.trapezoid(y, x))
