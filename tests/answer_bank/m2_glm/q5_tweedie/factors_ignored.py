# verdict: wrong
# misconception: passes the visible example: fits every categorical column instead of the `factors` passed in
# feedback: `factors` is ignored
# score: 0
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from a Tweedie GLM on all rating factors."""
    data = train.assign(loss_cost=train["amount"] / train["exposure"])
    rating = [c for c in data.columns if isinstance(data[c].dtype, pd.CategoricalDtype)]
    family = sm.families.Tweedie(var_power=power, link=sm.families.links.Log())
    model = smf.glm("loss_cost ~ " + " + ".join(rating), data=data, family=family,
                    var_weights=data["exposure"]).fit()
    return np.asarray(model.predict(test))
