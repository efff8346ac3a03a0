# verdict: correct
# misconception: none — statsmodels formula API with offset=log(exposure), predicts with the test offset
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf


def predict_claim_counts(train: pd.DataFrame, test: pd.DataFrame, factors: list[str]) -> np.ndarray:
    formula = "nclaims ~ " + " + ".join(f"C({f})" for f in factors)
    model = smf.glm(formula, data=train, family=sm.families.Poisson(),
                    offset=np.log(train["exposure"])).fit()
    return np.asarray(model.predict(test, offset=np.log(test["exposure"])))
