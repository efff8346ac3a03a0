# verdict: correct
# misconception: slices the booster to the kept trees, booster[: best_iteration + 1], and asks the slice for its contributions; offset in the DMatrix
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost; each row sums to the log expected count."""
    kept = model.get_booster()[: model.best_iteration + 1]
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    table = pd.DataFrame(kept.predict(data, pred_contribs=True), index=X.index)
    table.columns = list(X.columns) + ["bias"]
    return table
