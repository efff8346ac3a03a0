# verdict: wrong
# misconception: creates only the last folder (Path.mkdir(exist_ok=True) without parents=True), so saving to saved/frequency fails when saved/ does not exist yet
# feedback: raised FileNotFoundError
# score: 0
%%writefile pricing/persistence.py
import hashlib
import json
import warnings
from pathlib import Path

import pandas as pd
import xgboost as xgb


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(exist_ok=True)
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
    return model.predict(policies[metadata["features"]])
