# verdict: wrong
# misconception: fits the average claim size without weights, so a policy with three claims counts as much as one with a single claim
# feedback: each policy counts once: weight the average claim size by the number of claims
# score: 0
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted mean claim size from a Gamma GLM."""
    claims = train[train["nclaims"] > 0].assign(severity=lambda d: d["amount"] / d["nclaims"])
    model = smf.glm("severity ~ " + " + ".join(factors), data=claims,
                    family=sm.families.Gamma(sm.families.links.Log())).fit()
    return np.asarray(model.predict(test))
