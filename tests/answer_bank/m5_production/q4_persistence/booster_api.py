# verdict: correct
# misconception: the low-level Booster API: get_booster().save_model, xgb.Booster(model_file=...) and predict on a DMatrix of the reordered features; metadata with json.dump into a file handle
%%writefile pricing/persistence.py
import hashlib
import json
import os
import warnings

import numpy as np
import pandas as pd
import xgboost as xgb


def save_model(model, directory, training_data):
    os.makedirs(directory, exist_ok=True)
    model.get_booster().save_model(os.path.join(directory, "model.json"))
    rows = pd.util.hash_pandas_object(training_data, index=True).to_numpy()
    metadata = {
        "features": training_data.columns.tolist(),
        "xgboost_version": xgb.__version__,
        "training_data_sha256": hashlib.sha256(rows.tobytes()).hexdigest(),
    }
    with open(os.path.join(directory, "metadata.json"), "w", encoding="utf-8") as f:
        json.dump(metadata, f)


def predict_saved(directory, policies):
    with open(os.path.join(directory, "metadata.json"), encoding="utf-8") as f:
        metadata = json.load(f)
    features = metadata["features"]
    missing = sorted(set(features) - set(policies.columns))
    if missing:
        raise ValueError("cannot predict, missing features: " + ", ".join(missing))
    if metadata["xgboost_version"] != xgb.__version__:
        warnings.warn(f"xgboost version mismatch: saved {metadata['xgboost_version']}, running {xgb.__version__}")
    booster = xgb.Booster(model_file=os.path.join(directory, "model.json"))
    return np.asarray(booster.predict(xgb.DMatrix(policies[features])))
