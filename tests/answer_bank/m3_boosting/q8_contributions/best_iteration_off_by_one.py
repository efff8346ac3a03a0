# verdict: wrong
# misconception: iteration_range=(0, model.best_iteration): one tree short, since best_iteration counts from 0
# feedback: one tree too few
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True, iteration_range=(0, model.best_iteration))
    return pd.DataFrame(values, index=X.index, columns=[*X.columns, "bias"])
