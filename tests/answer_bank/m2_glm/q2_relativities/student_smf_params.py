# verdict: correct
# misconception: none — formula GLM, reads factor[T.level] coefficients, base level from cat.categories[0] set to 1
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf


def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    formula = "nclaims ~ " + " + ".join(f"Q('{f}')" for f in factors)
    res = smf.glm(formula, data=train, family=sm.families.Poisson(),
                  offset=np.log(train["exposure"])).fit()
    out = {}
    for f in factors:
        levels = list(train[f].cat.categories)
        values = [1.0] + [float(np.exp(res.params[f"Q('{f}')[T.{lv}]"])) for lv in levels[1:]]
        out[f] = pd.Series(values, index=levels, name=f)
    return out
