# verdict: wrong
# misconception: contributions without base_margin, then log(exposure) added to the bias column; but without a base margin the bias also holds the base score, log(base_score), so the rows are off by it
# feedback: log(base_score)
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost, offset added to the bias."""
    values = model.get_booster().predict(xgb.DMatrix(X, enable_categorical=True), pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    table = pd.DataFrame(values, index=X.index, columns=[*X.columns, "bias"])
    table["bias"] += np.log(np.asarray(exposure, dtype=float))
    return table
