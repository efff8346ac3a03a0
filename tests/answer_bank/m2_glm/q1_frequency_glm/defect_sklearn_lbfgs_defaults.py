# verdict: correct
# misconception: defect (issue 17, q1 tolerance): scikit-learn PoissonRegressor(alpha=0) as it comes, default lbfgs solver and tol, on the claim rate weighted by exposure; up to 0.7 % from statsmodels' optimum, which the old unstated 0.5 % tolerance rejected
from sklearn.linear_model import PoissonRegressor
from sklearn.preprocessing import OneHotEncoder


def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Expected claim counts from scikit-learn's unpenalised Poisson regression."""
    encoder = OneHotEncoder(drop="first", sparse_output=False).fit(train[factors])
    model = PoissonRegressor(alpha=0)
    model.fit(encoder.transform(train[factors]), train["nclaims"] / train["exposure"],
              sample_weight=train["exposure"])
    return model.predict(encoder.transform(test[factors])) * test["exposure"].to_numpy()
