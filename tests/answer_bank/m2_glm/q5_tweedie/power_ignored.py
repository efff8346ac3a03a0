# verdict: wrong
# misconception: writes var_power=1.5 into the family instead of using the `power` argument
# feedback: `power` is ignored
# score: 0
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from a Tweedie GLM."""
    data = train.assign(loss_cost=train["amount"] / train["exposure"])
    family = sm.families.Tweedie(var_power=1.5, link=sm.families.links.Log())
    model = smf.glm("loss_cost ~ " + " + ".join(factors), data=data, family=family,
                    var_weights=data["exposure"]).fit()
    return np.asarray(model.predict(test))
