# verdict: correct
# misconception: unpenalised PoissonRegressor on the rate with sample_weight=exposure; pd.get_dummies(drop_first=True) drops the first CATEGORY, so exp(coef_) are the relativities
def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    """Relativity of every level of every factor, from scikit-learn."""
    from sklearn.linear_model import PoissonRegressor
    X = pd.get_dummies(train[factors], drop_first=True, dtype=float)
    model = PoissonRegressor(alpha=0, solver="newton-cholesky", tol=1e-10, max_iter=1000)
    model.fit(X, train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    coef = dict(zip(X.columns, model.coef_))
    table = {}
    for factor in factors:
        levels = train[factor].cat.categories
        table[factor] = pd.Series([1.0] + [np.exp(coef[f"{factor}_{level}"]) for level in levels[1:]],
                                  index=levels)
    return table
