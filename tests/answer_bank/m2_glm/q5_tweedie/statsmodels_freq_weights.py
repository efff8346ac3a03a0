# verdict: correct
# misconception: statsmodels with freq_weights=exposure (same point estimates as var_weights) on sm.GLM with a patsy design matrix
def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    """Pure premium per policy-year from an exposure-weighted Tweedie GLM."""
    from patsy import dmatrix
    X_train = dmatrix(" + ".join(factors), train, return_type="dataframe")
    X_test = dmatrix(X_train.design_info, test, return_type="dataframe")
    family = sm.families.Tweedie(var_power=power, link=sm.families.links.Log())
    model = sm.GLM(train["amount"] / train["exposure"], X_train, family=family,
                   freq_weights=train["exposure"]).fit()
    return np.asarray(model.predict(X_test))
