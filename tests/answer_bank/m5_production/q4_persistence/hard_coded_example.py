# verdict: wrong
# misconception: hard-coded to the worked example: the feature list is the example's FEATURES, written into the metadata and used to select the columns, whatever the model was trained on
# feedback: not from a fixed list
# score: 2
%%writefile pricing/persistence.py
import hashlib
import json
import warnings
from pathlib import Path

import pandas as pd
import xgboost as xgb

FEATURES = ["driver_age", "bonus_malus", "power", "car_age"]


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    model.save_model(directory / "model.json")
    sha = hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes()).hexdigest()
    metadata = {"features": FEATURES, "xgboost_version": xgb.__version__, "training_data_sha256": sha}
    (directory / "metadata.json").write_text(json.dumps(metadata))


def predict_saved(directory, policies):
    directory = Path(directory)
    metadata = json.loads((directory / "metadata.json").read_text())
    missing = [f for f in FEATURES if f not in policies.columns]
    if missing:
        raise ValueError(f"missing features: {missing}")
    if metadata["xgboost_version"] != xgb.__version__:
        warnings.warn(f"saved with xgboost {metadata['xgboost_version']}, running {xgb.__version__}")
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    return model.predict(policies[FEATURES])
