# verdict: correct
# misconception: statsmodels with freq_weights=nclaims instead of var_weights (same estimating equations, same predictions)
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted mean claim size from a claim-weighted Gamma GLM."""
    claimed = train.loc[train["nclaims"] > 0].copy()
    claimed["avg_claim"] = claimed["amount"] / claimed["nclaims"]
    family = sm.families.Gamma(link=sm.families.links.Log())
    fit = smf.glm("avg_claim ~ " + " + ".join(factors), data=claimed, family=family,
                  freq_weights=claimed["nclaims"]).fit()
    return fit.predict(test).to_numpy()
