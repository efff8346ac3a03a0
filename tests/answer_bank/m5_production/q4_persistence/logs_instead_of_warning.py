# verdict: wrong
# misconception: reports the version mismatch with logging.warning instead of warnings.warn(UserWarning): callers and tests that watch for warnings never see it
# feedback: UserWarning naming both versions
# score: 2
%%writefile pricing/persistence.py
import hashlib
import json
import logging
from pathlib import Path

import pandas as pd
import xgboost as xgb

logger = logging.getLogger("pricing")


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
        logger.warning("model saved with xgboost %s, running %s", metadata["xgboost_version"], xgb.__version__)
    model = xgb.XGBRegressor()
    model.load_model(directory / "model.json")
    return model.predict(policies[metadata["features"]])
