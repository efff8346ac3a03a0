# verdict: correct
# misconception: the rate target nclaims / exposure with sample_weight=exposure, and sample_weight_eval_set=exposure on the validation part (the same likelihood as the offset); rate times the test exposure
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost on the weighted claim rate, stopped early on a validation split of ``train``."""
    validate = train["id"] % 4 == 0
    fit, valid = train[~validate], train[validate]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"] / fit["exposure"], sample_weight=fit["exposure"],
              eval_set=[(valid[features], valid["nclaims"] / valid["exposure"])],
              sample_weight_eval_set=[valid["exposure"]], verbose=False)
    return model.predict(test[features]) * test["exposure"].to_numpy(), model.best_iteration + 1
