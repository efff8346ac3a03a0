# verdict: wrong
# misconception: passes the visible example but not the hidden checks: no reordering: keeps the policies' columns that are features, in the policies' order, and predicts on the NumPy values, so columns in another order are silently scored as the wrong features
# feedback: reorder them to the saved feature order
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
        warnings.warn(f"saved with xgboost {metadata['xgboost_version']}, running {xgb.__version__}")
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    keep = [c for c in policies.columns if c in metadata["features"]]   # drop the extra columns
    return model.predict(policies[keep].to_numpy())
