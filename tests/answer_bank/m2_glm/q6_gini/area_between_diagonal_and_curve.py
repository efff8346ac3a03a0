# verdict: correct
# misconception: the area between the diagonal and the curve, sum over groups of exposure share x (x_mid - y_mid) times 2, without np.trapezoid
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index as twice the area between the diagonal and the Lorenz curve."""
    table = (pd.DataFrame({"p": predicted, "a": actual, "e": exposure})
             .groupby("p").sum().sort_index())
    dx = table["e"].to_numpy() / table["e"].sum()
    dy = table["a"].to_numpy() / table["a"].sum()
    x = np.cumsum(dx)
    y = np.cumsum(dy)
    x_mid = x - dx / 2
    y_mid = y - dy / 2
    return float(2 * np.sum(dx * (x_mid - y_mid)))
