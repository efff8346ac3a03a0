# verdict: wrong
# misconception: exposure entered as a rating factor (a fitted coefficient) instead of the log(exposure) offset
# feedback: exposure is used as a rating factor
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM."""
    formula = "nclaims ~ " + " + ".join(factors) + " + exposure"
    model = smf.glm(formula, data=train, family=sm.families.Poisson()).fit()
    return np.asarray(model.predict(test))
