# verdict: wrong
# misconception: fits on ALL training policies and watches a subset of them, so the "validation" rows were fitted and their deviance keeps falling
# feedback: it never stopped early
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on policies it was also fitted on."""
    valid = train[train["id"] % 4 == 0]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]))
    return predicted, model.best_iteration + 1
