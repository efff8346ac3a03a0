# verdict: correct
# misconception: none — sm.GLM on get_dummies(prefix_sep="::"), then reindex exp(params) over all levels with fillna(1) for the base
import numpy as np
import pandas as pd
import statsmodels.api as sm


def relativities(train: pd.DataFrame, factors: list[str]) -> dict[str, pd.Series]:
    X = pd.get_dummies(train[factors], drop_first=True, prefix_sep="::", dtype=float)
    X = sm.add_constant(X)
    res = sm.GLM(train["nclaims"], X, family=sm.families.Poisson(),
                 offset=np.log(train["exposure"])).fit()
    rel = np.exp(res.params.drop("const"))
    table = {}
    for f in factors:
        s = rel[rel.index.str.startswith(f + "::")]
        s.index = [name.split("::", 1)[1] for name in s.index]
        table[f] = s.reindex(train[f].cat.categories).fillna(1.0)
    return table
