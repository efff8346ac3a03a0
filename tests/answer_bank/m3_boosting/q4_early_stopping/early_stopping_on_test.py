# verdict: wrong
# misconception: watches the TEST policies (with their base margin) for early stopping, so the test set chooses the number of rounds
# feedback: the test set took part in fitting or in early stopping
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on the test policies."""
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(train[features], train["nclaims"], base_margin=np.log(train["exposure"]),
              eval_set=[(test[features], test["nclaims"])],
              base_margin_eval_set=[np.log(test["exposure"])], verbose=False)
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]))
    return predicted, model.best_iteration + 1
