# verdict: wrong
# misconception: passes the visible example: uses the notebook's FEATURES instead of the `features` passed in, right whenever they coincide, a KeyError on the real portfolio
# feedback: Your code raised KeyError
# score: 2
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    is_valid = train["id"] % 4 == 0
    model = xgb.XGBRegressor(objective="count:poisson", n_estimators=1000, learning_rate=0.1, max_depth=3,
                             tree_method="hist", n_jobs=1, enable_categorical=True,
                             early_stopping_rounds=20, eval_metric="poisson-nloglik")
    model.fit(train.loc[~is_valid, FEATURES], train.loc[~is_valid, "nclaims"],
              base_margin=np.log(train.loc[~is_valid, "exposure"]),
              eval_set=[(train.loc[is_valid, FEATURES], train.loc[is_valid, "nclaims"])],
              base_margin_eval_set=[np.log(train.loc[is_valid, "exposure"])], verbose=False)
    return model.predict(test[FEATURES], base_margin=np.log(test["exposure"])), model.best_iteration + 1
