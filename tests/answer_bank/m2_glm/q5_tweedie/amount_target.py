# verdict: wrong
# misconception: target is the policy's amount rather than the loss cost amount / exposure (kept the exposure weights), so short policies understate their yearly cost
# feedback: the target is the amount, not the loss cost
# score: 0
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from a Tweedie GLM."""
    family = sm.families.Tweedie(var_power=power, link=sm.families.links.Log())
    model = smf.glm("amount ~ " + " + ".join(factors), data=train, family=family,
                    var_weights=train["exposure"]).fit()
    return np.asarray(model.predict(test))
