# verdict: correct
# misconception: statsmodels on the claim rate with var_weights=exposure, then the predicted rate times the test exposure
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM of the claim rate weighted by exposure."""
    data = train.assign(rate=train["nclaims"] / train["exposure"])
    model = smf.glm("rate ~ " + " + ".join(factors), data=data, family=sm.families.Poisson(),
                    var_weights=data["exposure"]).fit()
    return np.asarray(model.predict(test)) * test["exposure"].to_numpy()
