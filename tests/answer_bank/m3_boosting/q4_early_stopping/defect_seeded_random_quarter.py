# verdict: correct
# misconception: defect q4 (issue 17): a random quarter of train validates, drawn from a SEEDED generator (np.random.default_rng(2024)), so the same call returns the same result and keeps every point
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    rng = np.random.default_rng(2024)
    shuffled = rng.permutation(len(train))
    n_valid = len(train) // 4
    valid = train.iloc[shuffled[:n_valid]]
    fit = train.iloc[shuffled[n_valid:]]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit[features], fit["nclaims"], base_margin=np.log(fit["exposure"]),
              eval_set=[(valid[features], valid["nclaims"])],
              base_margin_eval_set=[np.log(valid["exposure"])], verbose=False)
    counts = model.predict(test[features], base_margin=np.log(test["exposure"]))
    print(f"stopped after {model.best_iteration + 1} rounds")
    return counts, int(model.best_iteration) + 1
