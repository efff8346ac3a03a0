# verdict: correct
# misconception: no intercept (one coefficient per level of the first factor via "0 +"), relativities as exp of differences from the base level
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor."""
    model = smf.glm("nclaims ~ 0 + " + " + ".join(factors), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    table = {}
    for i, factor in enumerate(factors):
        levels = list(train[factor].cat.categories)
        if i == 0:
            log_level = np.array([model.params[f"{factor}[{lv}]"] for lv in levels])
            table[factor] = pd.Series(np.exp(log_level - log_level[0]), index=levels)
        else:
            table[factor] = pd.Series(np.exp([0.0] + [model.params[f"{factor}[T.{lv}]"] for lv in levels[1:]]),
                                      index=levels)
    return table
