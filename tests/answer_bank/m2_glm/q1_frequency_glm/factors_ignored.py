# verdict: wrong
# misconception: passes the visible example: models every categorical column of train instead of the `factors` passed in, which is the same model on the example's portfolio and a different one when fewer factors are asked for
# feedback: `factors` is ignored
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM on all the rating factors."""
    rating = train.select_dtypes("category").columns
    model = smf.glm("nclaims ~ " + " + ".join(rating), data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    return model.predict(test, offset=np.log(test["exposure"])).to_numpy()
