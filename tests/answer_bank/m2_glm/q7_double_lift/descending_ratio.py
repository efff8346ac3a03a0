# verdict: wrong
# misconception: sorts by pred_a / pred_b from the highest ratio down, so the first bin is where A is most above B
# feedback: the bins run from the highest ratio pred_a / pred_b down
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    frame = pd.DataFrame({"actual": actual, "a": pred_a, "b": pred_b, "exposure": exposure}, dtype=float)
    frame["ratio"] = frame["a"] / frame["b"]
    frame = frame.iloc[np.argsort(frame["ratio"].to_numpy(), kind="stable")[::-1]]
    before = frame["exposure"].cumsum() - frame["exposure"]
    frame["bin"] = np.minimum(np.floor(n_bins * before / frame["exposure"].sum()), n_bins - 1)
    frame["a"] *= frame["exposure"]
    frame["b"] *= frame["exposure"]
    sums = frame.groupby("bin")[["actual", "a", "b", "exposure"]].sum()
    return sums[["actual", "a", "b"]].to_numpy() / sums[["exposure"]].to_numpy()
