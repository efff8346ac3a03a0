# verdict: wrong
# misconception: the x-axis is the cumulative share of policies, not of exposure (policy-years)
# feedback: the x-axis counts policies
# score: 0
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index of the Lorenz curve."""
    frame = pd.DataFrame({"actual": actual, "predicted": predicted, "policies": 1.0})
    grouped = frame.groupby("predicted")[["actual", "policies"]].sum()
    x = np.concatenate([[0.0], grouped["policies"].cumsum() / grouped["policies"].sum()])
    y = np.concatenate([[0.0], grouped["actual"].cumsum() / grouped["actual"].sum()])
    return float(1 - 2 * np.trapezoid(y, x))
