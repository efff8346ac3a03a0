# verdict: correct
# misconception: scikit-learn PoissonRegressor(alpha=0) at its defaults (lbfgs, tol=1e-4) on OneHotEncoder(categories=the categorical order, drop="first") columns, relativities exp(coef_) read by the encoder's feature names; within 0.6 % of statsmodels
from sklearn.linear_model import PoissonRegressor
from sklearn.preprocessing import OneHotEncoder


def relativities(train, factors):
    categories = [list(train[f].cat.categories) for f in factors]   # keep the base level first
    encoder = OneHotEncoder(categories=categories, drop="first", sparse_output=False).fit(train[factors])
    model = PoissonRegressor(alpha=0).fit(encoder.transform(train[factors]),
                                          train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    coef = dict(zip(encoder.get_feature_names_out(factors), model.coef_))
    result = {}
    for factor, levels in zip(factors, encoder.categories_):
        rel = {level: float(np.exp(coef.get(f"{factor}_{level}", 0.0))) for level in levels}
        print(factor, rel)
        result[factor] = pd.Series(rel)
    return result
