# verdict: wrong
# misconception: passes the visible example: fits every categorical column of the claims instead of the `factors` passed in
# feedback: `factors` is ignored
# score: 0
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Mean claim size from a Gamma GLM on all rating factors."""
    claims = train[train["nclaims"] > 0].assign(severity=lambda d: d["amount"] / d["nclaims"])
    rating = list(claims.select_dtypes("category").columns)
    model = smf.glm("severity ~ " + " + ".join(rating), data=claims,
                    family=sm.families.Gamma(sm.families.links.Log()), var_weights=claims["nclaims"]).fit()
    return np.asarray(model.predict(test))
