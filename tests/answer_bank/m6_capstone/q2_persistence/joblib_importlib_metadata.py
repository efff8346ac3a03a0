# verdict: correct
# misconception: joblib.dump of the whole model object, versions read with importlib.metadata, one UserWarning per changed library naming it, metadata written with json.dump into a file handle
%%writefile pricing/persistence.py
"""Persist the model with joblib; metadata.json says which libraries and which data made it."""

import hashlib
import json
import os
import platform
import warnings
from importlib.metadata import version

import joblib
import pandas as pd

LIBRARIES = ("numpy", "pandas", "scikit-learn")


def _running_versions():
    found = {"python": platform.python_version()}
    found.update({library: version(library) for library in LIBRARIES})
    return found


def save_model(model, directory, training_data):
    os.makedirs(directory, exist_ok=True)
    joblib.dump(model, os.path.join(directory, "model.joblib"))
    rows = pd.util.hash_pandas_object(training_data, index=True).to_numpy()
    with open(os.path.join(directory, "metadata.json"), "w", encoding="utf-8") as handle:
        json.dump({"library_versions": _running_versions(),
                   "training_data_sha256": hashlib.sha256(rows.tobytes()).hexdigest(),
                   "columns": list(training_data.columns)}, handle, indent=2)


def load_model(directory):
    with open(os.path.join(directory, "metadata.json"), encoding="utf-8") as handle:
        saved = json.load(handle)["library_versions"]
    running = _running_versions()
    for library, was in saved.items():
        if running.get(library) != was:
            warnings.warn(f"{library}: the model was saved with {was}, this process runs {running.get(library)}",
                          UserWarning, stacklevel=2)
    return joblib.load(os.path.join(directory, "model.joblib"))
