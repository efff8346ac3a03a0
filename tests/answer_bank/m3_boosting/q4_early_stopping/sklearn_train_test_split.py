# verdict: correct
# misconception: the validation part is a seeded random quarter of train from scikit-learn's train_test_split; predictions use the best iteration explicitly
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on a random validation split carved from ``train``."""
    from sklearn.model_selection import train_test_split
    fit, valid = train_test_split(train, test_size=0.25, random_state=0)
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    rounds = model.best_iteration + 1
    predicted = model.predict(test[features], base_margin=np.log(test["exposure"]), iteration_range=(0, rounds))
    return predicted, rounds
