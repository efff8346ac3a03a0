# verdict: wrong
# misconception: passes the visible example: builds the table for every categorical column of train, not for the `factors` passed in, so a portfolio with an unused factor gets an extra entry
# feedback: one entry per factor
# score: 0
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativities of every rating factor in the data."""
    rating = list(train.select_dtypes("category").columns)
    model = smf.glm("nclaims ~ " + " + ".join(rating), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    out = {}
    for factor in rating:
        levels = train[factor].cat.categories
        out[factor] = pd.Series([1.0] + [np.exp(model.params[f"{factor}[T.{lv}]"]) for lv in levels[1:]],
                                index=levels)
    return out
