# verdict: correct
# misconception: none — formula Gamma GLM with log link on claimants, target amount/nclaims, var_weights=nclaims
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf


def predict_severity(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    claimed = train[train["nclaims"] > 0].copy()
    claimed["severity"] = claimed["amount"] / claimed["nclaims"]
    res = smf.glm("severity ~ " + " + ".join(factors), data=claimed,
                  family=sm.families.Gamma(sm.families.links.Log()),
                  var_weights=claimed["nclaims"]).fit()
    return res.predict(test).to_numpy()
