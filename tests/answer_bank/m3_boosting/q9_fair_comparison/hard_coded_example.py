# verdict: wrong
# misconception: hard-coded to the worked example: returns the difference and interval computed once on the notebook's book, without calling the models
# feedback: was never called
# score: 0
def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, with a paired bootstrap interval."""
    return {"difference": 0.010034074367454102, "low": 0.0032136, "high": 0.0169832}
