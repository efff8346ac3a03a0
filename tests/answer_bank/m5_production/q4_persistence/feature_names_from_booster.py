# verdict: correct
# misconception: reorders by the feature names XGBoost itself stores in model.json (booster.feature_names) after checking them against the metadata; predicts on the NumPy values in that order
%%writefile pricing/persistence.py
"""Persist the frequency model as XGBoost JSON plus a metadata file."""

import hashlib
import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import xgboost as xgb


def _fingerprint(frame: pd.DataFrame) -> str:
    return hashlib.sha256(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes()).hexdigest()


def save_model(model, directory, training_data):
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    model.save_model(path / "model.json")
    meta = {"features": [*training_data.columns], "xgboost_version": xgb.__version__,
            "training_data_sha256": _fingerprint(training_data)}
    with (path / "metadata.json").open("w") as handle:
        json.dump(meta, handle, indent=1)


def predict_saved(directory, policies):
    path = Path(directory)
    meta = json.loads((path / "metadata.json").read_text())
    saved_with = meta["xgboost_version"]
    if saved_with != xgb.__version__:
        warnings.warn(f"this model was saved by xgboost {saved_with}; xgboost {xgb.__version__} is loading it",
                      category=UserWarning)
    booster = xgb.Booster()
    booster.load_model(path / "model.json")
    order = booster.feature_names or meta["features"]
    if list(order) != meta["features"]:
        raise RuntimeError(f"model.json and metadata.json disagree on the features: {order} vs {meta['features']}")
    absent = [name for name in order if name not in set(policies.columns)]
    if absent:
        raise ValueError(f"missing feature columns: {', '.join(absent)}")
    values = policies.loc[:, order].to_numpy(dtype=np.float32)
    return booster.inplace_predict(values)
