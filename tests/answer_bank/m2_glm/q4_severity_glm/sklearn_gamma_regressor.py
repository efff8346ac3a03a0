# verdict: correct
# misconception: scikit-learn GammaRegressor(alpha=0, solver="newton-cholesky") (log link) on amount / nclaims with sample_weight=nclaims
def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Predicted mean claim size from an unpenalised, claim-weighted Gamma regression."""
    from sklearn.linear_model import GammaRegressor
    from sklearn.preprocessing import OneHotEncoder
    claims = train[train["nclaims"] > 0]
    encoder = OneHotEncoder(drop="first", sparse_output=False, handle_unknown="ignore").fit(claims[factors])
    model = GammaRegressor(alpha=0, solver="newton-cholesky", tol=1e-10, max_iter=1000)
    model.fit(encoder.transform(claims[factors]), claims["amount"] / claims["nclaims"],
              sample_weight=claims["nclaims"])
    return model.predict(encoder.transform(test[factors]))
