# verdict: wrong
# misconception: OneHotEncoder(drop="first") without categories=: the encoder sorts the levels alphabetically, so the dropped "base" is the alphabetically first level (18-24, high, rural, diesel), not the factor's first category
# feedback: relative to the alphabetically first level
# score: 0
from sklearn.linear_model import PoissonRegressor
from sklearn.preprocessing import OneHotEncoder


def relativities(train, factors):
    """Relativity of every level, from scikit-learn."""
    encoder = OneHotEncoder(drop="first", sparse_output=False).fit(train[factors])
    model = PoissonRegressor(alpha=0, solver="newton-cholesky").fit(
        encoder.transform(train[factors]), train["nclaims"] / train["exposure"], sample_weight=train["exposure"])
    coef = dict(zip(encoder.get_feature_names_out(factors), model.coef_))
    return {factor: pd.Series({level: float(np.exp(coef.get(f"{factor}_{level}", 0.0))) for level in levels})
            for factor, levels in zip(factors, encoder.categories_)}
