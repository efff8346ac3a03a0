# verdict: wrong
# misconception: exponentiates the contributions to put them "on the claims scale"; they are additive on the log (margin) scale only
# feedback: on the response scale (exponentiated)
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost, on the claims scale."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True,
                                         iteration_range=(0, model.best_iteration + 1))
    return pd.DataFrame(np.exp(values), index=X.index, columns=[*X.columns, "bias"])
