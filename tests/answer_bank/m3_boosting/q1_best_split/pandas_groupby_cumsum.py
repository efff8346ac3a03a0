# verdict: correct
# misconception: totals per distinct value with a pandas groupby, cumulative sums give every left side at once (vectorised)
def best_split(x, y, exposure) -> tuple[float, float]:
    """Threshold on ``x`` that most reduces the total Poisson deviance, and that reduction."""
    frame = pd.DataFrame({"x": np.asarray(x, dtype=float), "y": np.asarray(y, dtype=float),
                          "w": np.asarray(exposure, dtype=float)})
    by_value = frame.groupby("x")[["y", "w"]].sum().sort_index()
    left = by_value.cumsum().iloc[:-1]
    right = by_value.sum() - left

    def y_log_rate(claims, years):
        claims, years = np.asarray(claims, dtype=float), np.asarray(years, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(claims > 0, claims * np.log(claims / years), 0.0)

    total = by_value.sum()
    reduction = 2 * (y_log_rate(left["y"], left["w"]) + y_log_rate(right["y"], right["w"])
                     - y_log_rate(total["y"], total["w"]))
    best = int(np.argmax(reduction))
    values = by_value.index.to_numpy()
    return float((values[best] + values[best + 1]) / 2), float(reduction[best])
