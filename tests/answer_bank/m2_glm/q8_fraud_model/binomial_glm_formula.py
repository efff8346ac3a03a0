# verdict: correct
# misconception: statsmodels formula API, a Binomial GLM (logit link by default) instead of sm.Logit
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each test claim from a Binomial GLM."""
    model = smf.glm("fraud ~ " + " + ".join(features), data=train, family=sm.families.Binomial()).fit()
    return np.asarray(model.predict(test))
