# verdict: wrong
# misconception: student-helper (m3, pro and novice): returns model.best_iteration as the rounds kept; it counts from 0, the model keeps best_iteration + 1 (passes the visible example, whose checks cannot compute the reference rounds)
# feedback: best_iteration counts from 0
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
    return model.predict(test[features], base_margin=np.log(test["exposure"])), int(model.best_iteration)
