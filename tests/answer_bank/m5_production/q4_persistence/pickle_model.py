# verdict: wrong
# misconception: saves the model with pickle (model.pkl) instead of XGBoost's JSON format: the file runs code on load and is tied to library versions
# feedback: must write model.json
# score: 0
%%writefile pricing/persistence.py
import hashlib
import json
import pickle
import warnings
from pathlib import Path

import pandas as pd
import xgboost as xgb


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "model.pkl", "wb") as f:
        pickle.dump(model, f)
    sha = hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes()).hexdigest()
    metadata = {"features": list(training_data.columns), "xgboost_version": xgb.__version__,
                "training_data_sha256": sha}
    (directory / "metadata.json").write_text(json.dumps(metadata))


def predict_saved(directory, policies):
    directory = Path(directory)
    metadata = json.loads((directory / "metadata.json").read_text())
    missing = [f for f in metadata["features"] if f not in policies.columns]
    if missing:
        raise ValueError(f"missing features: {missing}")
    if metadata["xgboost_version"] != xgb.__version__:
        warnings.warn(f"saved with xgboost {metadata['xgboost_version']}, running {xgb.__version__}")
    with open(directory / "model.pkl", "rb") as f:
        model = pickle.load(f)
    return model.predict(policies[metadata["features"]])
