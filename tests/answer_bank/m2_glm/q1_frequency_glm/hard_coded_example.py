# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's TRAIN and predicts TEST with FACTORS, whatever the arguments
# feedback: worked example's answer
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts of the example's test portfolio."""
    model = smf.glm("nclaims ~ age_band + power + region + fuel", data=TRAIN, family=sm.families.Poisson(),
                    offset=np.log(TRAIN["exposure"])).fit()
    return np.asarray(model.predict(TEST, offset=np.log(TEST["exposure"])))
