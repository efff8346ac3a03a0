# verdict: correct
# misconception: the area between the diagonal and the curve, sum over groups of exposure share x (x_mid - y_mid) times 2, without np.trapezoid (inputs made plain arrays first, so Series pair by position)
def exposure_weighted_gini(actual, predicted, exposure) -> float:
    """Gini index as twice the area between the diagonal and the Lorenz curve."""
    columns = {name: np.asarray(v, dtype=float) for name, v in (("p", predicted), ("a", actual), ("e", exposure))}
    table = (pd.DataFrame(columns)
             .groupby("p").sum().sort_index())
    dx = table["e"].to_numpy() / table["e"].sum()
    dy = table["a"].to_numpy() / table["a"].sum()
    x = np.cumsum(dx)
    y = np.cumsum(dy)
    x_mid = x - dx / 2
    y_mid = y - dy / 2
    return float(2 * np.sum(dx * (x_mid - y_mid)))
