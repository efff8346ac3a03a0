# verdict: wrong
# misconception: exp(intercept + coefficient), the base policy's frequency at each level, instead of the ratio to the base level
# feedback: the intercept is folded in
# score: 0
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor."""
    model = smf.glm("nclaims ~ " + " + ".join(factors), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    table = {}
    for factor in factors:
        levels = train[factor].cat.categories
        beta = np.array([0.0] + [model.params[f"{factor}[T.{level}]"] for level in levels[1:]])
        table[factor] = pd.Series(np.exp(model.params["Intercept"] + beta), index=levels)
    return table
