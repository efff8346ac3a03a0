# verdict: wrong
# misconception: watches a validation split but never sets early_stopping_rounds, so all 1,000 rounds are kept
# feedback: it never stopped early
# score: 0
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost with a validation split (but no early stopping)."""
    validate = train["id"] % 4 == 0
    fit, valid = train[~validate], train[validate]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]))
    return predicted, model.n_estimators
