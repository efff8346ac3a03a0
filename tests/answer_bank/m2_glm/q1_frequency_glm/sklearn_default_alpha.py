# verdict: wrong
# misconception: scikit-learn's PoissonRegressor with its default ridge penalty alpha=1.0, which shrinks every relativity towards 1
# feedback: penalises the coefficients by default (alpha=1.0)
# score: 0
def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from scikit-learn's Poisson regression on the claim rate."""
    from sklearn.linear_model import PoissonRegressor
    from sklearn.preprocessing import OneHotEncoder
    encoder = OneHotEncoder(drop="first", sparse_output=False).fit(train[factors])
    model = PoissonRegressor().fit(encoder.transform(train[factors]), train["nclaims"] / train["exposure"],
                                   sample_weight=train["exposure"])
    return model.predict(encoder.transform(test[factors])) * test["exposure"].to_numpy()
