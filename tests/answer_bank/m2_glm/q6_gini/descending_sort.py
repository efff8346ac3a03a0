# verdict: wrong
# misconception: sorts from the highest predicted frequency down (as for a gains chart), which flips the Gini's sign
# feedback: sorted from the highest prediction down
# score: 0
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the exposure-weighted Lorenz curve."""
    frame = pd.DataFrame({"actual": actual, "predicted": predicted, "exposure": exposure})
    grouped = frame.groupby("predicted")[["actual", "exposure"]].sum().sort_index(ascending=False)
    x = np.concatenate([[0.0], grouped["exposure"].cumsum() / grouped["exposure"].sum()])
    y = np.concatenate([[0.0], grouped["actual"].cumsum() / grouped["actual"].sum()])
    return float(1 - 2 * np.trapezoid(y, x))
