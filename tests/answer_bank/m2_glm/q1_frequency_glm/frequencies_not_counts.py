# verdict: wrong
# misconception: fits with the log(exposure) offset but predicts with offset 0, so returns claims per policy-year, not the test policies' expected counts
# feedback: these are claim frequencies per year, not expected counts
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim frequency of each test policy."""
    formula = "nclaims ~ " + " + ".join(factors)
    model = smf.glm(formula, data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    return np.asarray(model.predict(test, offset=np.zeros(len(test))))
