# verdict: wrong
# misconception: no iteration_range: Booster.predict uses all the trees, including the rounds after best_iteration that early stopping discarded
# feedback: the contributions use all the trees
# score: 0
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of a Poisson XGBoost; each row sums to the log expected count."""
    data = xgb.DMatrix(X, base_margin=np.log(np.asarray(exposure, dtype=float)), enable_categorical=True)
    values = model.get_booster().predict(data, pred_contribs=True)
    return pd.DataFrame(values, index=X.index, columns=[*X.columns, "bias"])
