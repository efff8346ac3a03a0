# verdict: correct
# misconception: defect (issue 17, q4 tolerance): scikit-learn GammaRegressor(alpha=0) with its default lbfgs solver and tol, sample_weight=nclaims; up to 0.25 % from statsmodels' optimum, which the old unstated 0.01 % tolerance rejected
from sklearn.linear_model import GammaRegressor
from sklearn.preprocessing import OneHotEncoder


def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    """Mean size of one claim from scikit-learn's unpenalised Gamma regression (log link)."""
    claimed = train[train["nclaims"] > 0]
    encoder = OneHotEncoder(drop="first", sparse_output=False, handle_unknown="ignore")
    X = encoder.fit_transform(claimed[factors])
    model = GammaRegressor(alpha=0).fit(X, claimed["amount"] / claimed["nclaims"],
                                        sample_weight=claimed["nclaims"])
    return model.predict(encoder.transform(test[factors]))
