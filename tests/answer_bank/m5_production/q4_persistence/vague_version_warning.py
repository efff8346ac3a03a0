# verdict: wrong
# misconception: warns on a version mismatch but the message names neither version ("xgboost version changed"), so nobody can tell which upgrade to check
# feedback: UserWarning naming both versions
# score: 2
%%writefile pricing/persistence.py
import hashlib
import json
import warnings
from pathlib import Path

import pandas as pd
import xgboost as xgb


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    model.save_model(directory / "model.json")
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
        warnings.warn("xgboost version changed since the model was saved", UserWarning)
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    return model.predict(policies[metadata["features"]])
