# verdict: correct
# misconception: the native API: xgb.train with evals=[(validation DMatrix, "valid")] and early_stopping_rounds=20, predicting with iteration_range=(0, best_iteration + 1)
def early_stopped_claims(train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> tuple[np.ndarray, int]:
    """Poisson XGBoost stopped early on a validation split carved from ``train``."""
    def matrix(frame, label=True):
        return xgb.DMatrix(frame[features], label=frame["nclaims"] if label else None,
                           base_margin=np.log(frame["exposure"]), enable_categorical=True)

    validate = (train["id"] % 4 == 0).to_numpy()
    params = {"objective": "count:poisson", "eta": 0.1, "max_depth": 3, "tree_method": "hist", "nthread": 1,
              "eval_metric": "poisson-nloglik"}
    booster = xgb.train(params, matrix(train[~validate]), num_boost_round=1000,
                        evals=[(matrix(train[validate]), "valid")], early_stopping_rounds=20, verbose_eval=False)
    rounds = booster.best_iteration + 1
    return booster.predict(matrix(test, label=False), iteration_range=(0, rounds)), int(rounds)
