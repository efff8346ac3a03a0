# verdict: wrong
# misconception: the DMatrix has no base_margin, so the bias holds the training base score instead of log(exposure) and the rows add up to a yearly frequency's log
# feedback: the exposure offset is missing
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost."""
    data = xgb.DMatrix(X, enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    return pd.DataFrame(values, index=X.index, columns=[*X.columns, "bias"])
