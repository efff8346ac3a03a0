# verdict: wrong
# misconception: models the policy's total claim amount instead of the average size of one claim, amount / nclaims
# feedback: the model is fitted to the policy's total amount
# score: 0
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted claim amount from a weighted Gamma GLM."""
    claims = train[train["nclaims"] > 0]
    model = smf.glm("amount ~ " + " + ".join(factors), data=claims,
                    family=sm.families.Gamma(sm.families.links.Log()), var_weights=claims["nclaims"]).fit()
    return np.asarray(model.predict(test))
