# verdict: wrong
# misconception: saves only the scikit-learn estimator (model.pipeline) and forgets the feature builder's state: load_model recomputes the mileage median from capstone_files/train.csv, not from the book the model was trained on, so missing mileages are filled with another value
# feedback: whatever its features need
# score: 0
%%writefile pricing/persistence.py
"""Save the fitted scikit-learn pipeline with joblib; load it back into a FrequencyModel."""

import hashlib
import json
import platform
import warnings
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import sklearn

from pricing.model import FrequencyModel


def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "pandas": pd.__version__,
            "scikit-learn": sklearn.__version__}


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model.pipeline, directory / "pipeline.joblib")          # the estimator is the model
    fingerprint = hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes())
    metadata = {"library_versions": versions(), "training_data_sha256": fingerprint.hexdigest()}
    (directory / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")


def load_model(directory):
    directory = Path(directory)
    metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    changed = [name for name, saved in metadata["library_versions"].items() if versions().get(name) != saved]
    if changed:
        warnings.warn(f"saved with other versions of {', '.join(changed)}", UserWarning)
    pipeline = joblib.load(directory / "pipeline.joblib")
    median = float(pd.read_csv("capstone_files/train.csv")["mileage"].median())   # the training data's median
    return FrequencyModel(pipeline, median)
