# verdict: correct
# misconception: builds the table from a dict of columns, exposure converted through a list, and checks by itself that the rows add up to the log of the model's prediction
def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    offset = np.log(np.array(list(exposure), dtype=float))
    booster = model.get_booster()
    matrix = xgb.DMatrix(X, base_margin=offset, enable_categorical=True)
    kept = model.best_iteration + 1
    values = booster.predict(matrix, pred_contribs=True, iteration_range=(0, kept))
    columns = {name: values[:, j] for j, name in enumerate(X.columns)}
    columns["bias"] = values[:, -1]
    table = pd.DataFrame(columns, index=X.index)
    check = np.log(model.predict(X, base_margin=offset))
    assert np.allclose(table.sum(axis=1), check, atol=1e-3)
    return table
