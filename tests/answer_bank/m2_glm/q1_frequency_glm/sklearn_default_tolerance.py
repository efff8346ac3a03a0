# verdict: correct
# misconception: scikit-learn PoissonRegressor(alpha=0, solver="newton-cholesky") at its default tol=1e-4, as lesson 1 shows it: the same GLM, stopped ~2e-3 from statsmodels' optimum
from sklearn.linear_model import PoissonRegressor
from sklearn.preprocessing import OneHotEncoder


def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from a Poisson GLM on the claim rate, weighted by exposure."""
    encoder = OneHotEncoder(drop="first", sparse_output=False).fit(train[factors])
    model = PoissonRegressor(alpha=0, solver="newton-cholesky")
    model.fit(encoder.transform(train[factors]), train["nclaims"] / train["exposure"],
              sample_weight=train["exposure"])
    return model.predict(encoder.transform(test[factors])) * test["exposure"].to_numpy()
