# verdict: wrong
# misconception: student-helper (m3, pro): predicts through the Booster, which uses every round grown (the best + 20 of patience), while reporting best_iteration + 1 kept
# feedback: after the best one, while you report
# score: 2
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    is_val = (train["id"] % 4 == 0).to_numpy()
    fit_part, val_part = train[~is_val], train[is_val]
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(fit_part[features], fit_part["nclaims"], base_margin=np.log(fit_part["exposure"]),
              eval_set=[(val_part[features], val_part["nclaims"])],
              base_margin_eval_set=[np.log(val_part["exposure"])], verbose=False)
    dtest = xgb.DMatrix(test[features], base_margin=np.log(test["exposure"]), enable_categorical=True)
    return model.get_booster().predict(dtest), model.best_iteration + 1
