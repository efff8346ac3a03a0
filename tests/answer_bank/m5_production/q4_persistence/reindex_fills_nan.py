# verdict: wrong
# misconception: reorders with policies.reindex(columns=features) and never checks what is missing: absent features become NaN, which XGBoost treats as 'missing' and prices anyway
# feedback: priced policies that lack the features
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
    if metadata["xgboost_version"] != xgb.__version__:
        warnings.warn(f"saved with xgboost {metadata['xgboost_version']}, running {xgb.__version__}")
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    return model.predict(policies.reindex(columns=metadata["features"]))
