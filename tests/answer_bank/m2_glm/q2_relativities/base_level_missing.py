# verdict: wrong
# misconception: exponentiates the fitted coefficients but leaves out the base level, which has no coefficient of its own
# feedback: include every level, and the base level
# score: 0
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor."""
    model = smf.glm("nclaims ~ " + " + ".join(factors), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    table = {}
    for factor in factors:
        levels = train[factor].cat.categories[1:]
        table[factor] = pd.Series(np.exp([model.params[f"{factor}[T.{level}]"] for level in levels]),
                                  index=levels)
    return table
