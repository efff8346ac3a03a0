# verdict: wrong
# misconception: equal-exposure bins, but the model columns are plain averages of the predictions instead of exposure-weighted ones
# feedback: the model columns average the predictions without weights
# score: 0
def double_lift(actual, pred_a, pred_b, exposure, n_bins: int = 5) -> np.ndarray:
    """Double lift table."""
    frame = pd.DataFrame({"actual": actual, "a": pred_a, "b": pred_b, "exposure": exposure}, dtype=float)
    frame = frame.iloc[np.argsort(frame["a"] / frame["b"], kind="stable")]
    before = frame["exposure"].cumsum() - frame["exposure"]
    frame["bin"] = np.minimum(np.floor(n_bins * before / frame["exposure"].sum()), n_bins - 1)
    grouped = frame.groupby("bin")
    actual_freq = grouped["actual"].sum() / grouped["exposure"].sum()
    return np.column_stack([actual_freq, grouped["a"].mean(), grouped["b"].mean()])
