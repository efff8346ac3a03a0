# verdict: correct
# misconception: pandas: a DataFrame built from plain arrays, sort_values(kind="stable") on the ratio, bins from the shifted cumulative exposure, groupby sums, returned as a nested list of Python floats
def double_lift(actual, pred_a, pred_b, exposure, n_bins=5):
    df = pd.DataFrame({
        "claims": np.asarray(actual, dtype=float),
        "a": np.asarray(pred_a, dtype=float),
        "b": np.asarray(pred_b, dtype=float),
        "expo": np.asarray(exposure, dtype=float),
    })
    df["ratio"] = df["a"] / df["b"]
    df = df.sort_values("ratio", kind="stable")
    e_before = df["expo"].cumsum().shift(fill_value=0.0)
    df["bin"] = np.minimum((n_bins * e_before / df["expo"].sum()) // 1, n_bins - 1)
    df["a_x_e"] = df["a"] * df["expo"]
    df["b_x_e"] = df["b"] * df["expo"]
    g = df.groupby("bin")[["claims", "a_x_e", "b_x_e", "expo"]].sum()
    return [[r.claims / r.expo, r.a_x_e / r.expo, r.b_x_e / r.expo] for r in g.itertuples()]
