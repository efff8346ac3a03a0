# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's TRAIN and predicts TEST with FACTORS, whatever the arguments
# feedback: worked example's answer
# score: 0
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted mean claim size of the example's test portfolio."""
    claims = TRAIN[TRAIN["nclaims"] > 0].assign(severity=lambda d: d["amount"] / d["nclaims"])
    model = smf.glm("severity ~ age_band + power + region + fuel", data=claims,
                    family=sm.families.Gamma(sm.families.links.Log()), var_weights=claims["nclaims"]).fit()
    return np.asarray(model.predict(TEST))
