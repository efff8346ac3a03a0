# verdict: wrong
# misconception: sm.families.Gamma() without a link: statsmodels' default is the inverse (canonical) link, not the log link
# feedback: statsmodels' Gamma family uses the inverse link unless told otherwise
# score: 0
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted mean claim size from a weighted Gamma GLM."""
    claims = train[train["nclaims"] > 0].assign(severity=lambda d: d["amount"] / d["nclaims"])
    model = smf.glm("severity ~ " + " + ".join(factors), data=claims, family=sm.families.Gamma(),
                    var_weights=claims["nclaims"]).fit()
    return np.asarray(model.predict(test))
