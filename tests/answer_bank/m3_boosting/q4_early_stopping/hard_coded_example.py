# verdict: wrong
# misconception: hard-coded to the worked example: fits on the notebook's TRAIN with FEATURES and predicts TEST, whatever the arguments
# feedback: worked example's answer
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """The example's early-stopped predictions and rounds."""
    validate = TRAIN["id"] % 4 == 0
    fit, valid = TRAIN[~validate], TRAIN[validate]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[FEATURES], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[FEATURES], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    return model.predict(TEST[FEATURES], base_margin=np.log(TEST["exposure"])), model.best_iteration + 1
