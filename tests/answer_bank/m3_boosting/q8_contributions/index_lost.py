# verdict: wrong
# misconception: passes the visible example: builds the table without X's index (a fresh 0..n-1 index): right when X starts at row 0, as in the visible check, wrong otherwise
# feedback: and X's index
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    return pd.DataFrame(values, columns=[*X.columns, "bias"])
