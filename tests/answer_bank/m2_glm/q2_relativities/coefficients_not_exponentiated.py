# verdict: wrong
# misconception: reports the log-scale coefficients (base level 0) instead of exp(coefficient)
# feedback: these are the coefficients themselves, on the log scale
# score: 0
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor."""
    model = smf.glm("nclaims ~ " + " + ".join(factors), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    table = {}
    for factor in factors:
        levels = train[factor].cat.categories
        table[factor] = pd.Series([0.0] + [model.params[f"{factor}[T.{level}]"] for level in levels[1:]],
                                  index=levels)
    return table
