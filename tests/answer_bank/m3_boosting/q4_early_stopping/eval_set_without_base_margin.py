# verdict: wrong
# misconception: the validation part is passed in eval_set without base_margin_eval_set, so early stopping scores the validation policies without their offset and stops after a handful of rounds (5 on the example), far too early
# feedback: base_margin_eval_set
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on a validation split carved from ``train``."""
    validate = train["id"] % 4 == 0
    fit, valid = train[~validate], train[validate]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])], verbose=False)
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]))
    return predicted, model.best_iteration + 1
