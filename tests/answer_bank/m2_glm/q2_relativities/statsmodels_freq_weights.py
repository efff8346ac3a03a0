# verdict: correct
# misconception: statsmodels GLM of the claim rate with freq_weights=exposure (same estimates as the offset), relativities read with a Treatment contrast
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor."""
    data = train.assign(rate=train["nclaims"] / train["exposure"])
    model = smf.glm("rate ~ " + " + ".join(f"C({f})" for f in factors), data=data,
                    family=sm.families.Poisson(), freq_weights=data["exposure"]).fit()
    relativity = np.exp(model.params)
    table = {}
    for factor in factors:
        levels = list(train[factor].cat.categories)
        table[factor] = pd.Series([1.0] + [relativity[f"C({factor})[T.{lv}]"] for lv in levels[1:]],
                                  index=levels)
    return table
