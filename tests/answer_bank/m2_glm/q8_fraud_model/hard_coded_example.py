# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's FRAUD_TRAIN and predicts FRAUD_TEST with FRAUD_FEATURES, whatever the arguments
# feedback: worked example's answer
# score: 0
def fraud_probabilities(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> np.ndarray:
    """P(fraud) for each claim of the example's test set."""
    model = sm.Logit(FRAUD_TRAIN["fraud"], sm.add_constant(FRAUD_TRAIN[FRAUD_FEATURES])).fit(disp=0)
    return np.asarray(model.predict(sm.add_constant(FRAUD_TEST[FRAUD_FEATURES])))
