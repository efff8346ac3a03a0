# verdict: wrong
# misconception: rescales each factor's relativities to average 1 over its levels instead of setting the base level to 1
# feedback: the relativities are scaled to average 1
# score: 0
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor, centred on 1."""
    model = smf.glm("nclaims ~ " + " + ".join(factors), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    table = {}
    for factor in factors:
        levels = train[factor].cat.categories
        rel = np.exp([0.0] + [model.params[f"{factor}[T.{level}]"] for level in levels[1:]])
        table[factor] = pd.Series(rel / rel.mean(), index=levels)
    return table
