# verdict: wrong
# misconception: no offset at all: a half-year policy is expected to claim as much as a full year
# feedback: exposure is ignored
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM."""
    model = smf.glm("nclaims ~ " + " + ".join(factors), data=train, family=sm.families.Poisson()).fit()
    return np.asarray(model.predict(test))
