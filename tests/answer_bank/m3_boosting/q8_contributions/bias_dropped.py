# verdict: wrong
# misconception: drops the last column (the bias) to keep one column per feature, so the rows no longer add up to the margin
# feedback: The table should have the columns
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost, one column per feature."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    return pd.DataFrame(values[:, :-1], index=X.index, columns=list(X.columns))
