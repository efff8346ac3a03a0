# verdict: wrong
# misconception: defect q4 (issue 17): an unseeded random quarter of train validates, so two identical calls stop after different numbers of rounds; the grader must report non-determinism, not leakage
# feedback: two different results
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on a random quarter of the training policies."""
    validate = np.random.rand(len(train)) < 0.25          # a fresh random quarter each call
    fit, valid = train[~validate], train[validate]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]))
    return predicted, model.best_iteration + 1
