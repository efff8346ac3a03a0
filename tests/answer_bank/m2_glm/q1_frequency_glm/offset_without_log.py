# verdict: wrong
# misconception: offset is the exposure itself rather than log(exposure), at fit and at prediction
# feedback: the offset is the exposure itself
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM with an exposure offset."""
    formula = "nclaims ~ " + " + ".join(factors)
    model = smf.glm(formula, data=train, family=sm.families.Poisson(), offset=train["exposure"]).fit()
    return np.asarray(model.predict(test, offset=test["exposure"]))
