# verdict: correct
# misconception: scikit-learn TweedieRegressor(power=power, alpha=0, link="log") at its default lbfgs solver and tolerance, on OneHotEncoder(drop="first") columns, returned as a list of floats
from sklearn.linear_model import TweedieRegressor
from sklearn.preprocessing import OneHotEncoder


def predict_pure_premium(train, test, factors, power=1.5):
    encoder = OneHotEncoder(drop="first", sparse_output=False, handle_unknown="ignore")
    X = encoder.fit_transform(train[factors])
    model = TweedieRegressor(power=power, alpha=0, link="log")
    model.fit(X, train["amount"] / train["exposure"], sample_weight=train["exposure"])
    return [float(v) for v in model.predict(encoder.transform(test[factors]))]
