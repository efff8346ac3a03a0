# verdict: correct
# misconception: none — formula Tweedie GLM (var_power=power, log link) on amount/exposure with var_weights=exposure
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf


def predict_pure_premium(train: pd.DataFrame, test: pd.DataFrame, factors: list[str],
                         power: float = 1.5) -> np.ndarray:
    data = train.assign(loss_cost=train["amount"] / train["exposure"])
    family = sm.families.Tweedie(var_power=power, link=sm.families.links.Log())
    res = smf.glm("loss_cost ~ " + " + ".join(factors), data=data, family=family,
                  var_weights=data["exposure"]).fit()
    return np.asarray(res.predict(test))
