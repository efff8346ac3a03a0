# verdict: wrong
# misconception: models the loss cost amount / exposure without exposure weights, so a one-month policy weighs as much as a full year
# feedback: each policy counts the same: weight by exposure
# score: 0
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from a Tweedie GLM."""
    data = train.assign(loss_cost=train["amount"] / train["exposure"])
    family = sm.families.Tweedie(var_power=power, link=sm.families.links.Log())
    model = smf.glm("loss_cost ~ " + " + ".join(factors), data=data, family=family).fit()
    return np.asarray(model.predict(test))
