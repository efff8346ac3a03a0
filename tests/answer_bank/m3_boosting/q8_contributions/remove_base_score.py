# verdict: correct
# misconception: contributions without base_margin, then the bias corrected by hand: minus the base score's margin log(base_score), plus log(exposure)
import json


def contribution_table(model, X: pd.DataFrame, exposure) -> pd.DataFrame:
    """SHAP contributions of an early-stopped Poisson XGBoost; each row sums to the log expected count."""
    booster = model.get_booster()
    values = booster.predict(xgb.DMatrix(X, enable_categorical=True), pred_contribs=True,
                             iteration_range=(0, model.best_iteration + 1))
    base_score = float(json.loads(booster.save_config())["learner"]["learner_model_param"]["base_score"].strip("[]"))
    table = pd.DataFrame(values, index=X.index, columns=[*X.columns, "bias"])
    table["bias"] += np.log(np.asarray(exposure, dtype=float)) - np.log(base_score)
    return table
