# verdict: wrong
# misconception: columns in the wrong order: labels the FIRST column "bias" (XGBoost puts the bias last), so every label is shifted by one
# feedback: The table should have the columns
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    return pd.DataFrame(values, index=X.index, columns=["bias", *X.columns])
