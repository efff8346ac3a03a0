# verdict: wrong
# misconception: raises ValueError at the FIRST missing feature in the loop, so a caller missing two features learns of one at a time
# feedback: must name every one
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
    for feature in metadata["features"]:
        if feature not in policies.columns:
            raise ValueError(f"the policies lack the feature {feature!r}")
    if metadata["xgboost_version"] != xgb.__version__:
        warnings.warn(f"saved with xgboost {metadata['xgboost_version']}, running {xgb.__version__}")
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    return model.predict(policies[metadata["features"]])
