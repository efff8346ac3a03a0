# verdict: wrong
# misconception: library_versions records python, numpy and pandas (the statement's examples) but not scikit-learn, the library that pickled the model and the one most likely to refuse it after an upgrade
# feedback: modelling library
# score: 2
%%writefile pricing/persistence.py
"""Save the frequency model with its metadata; load it with a version check."""

import hashlib
import json
import pickle
import platform
import warnings
from pathlib import Path

import numpy as np
import pandas as pd


def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "pandas": pd.__version__}


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "model.pkl").write_bytes(pickle.dumps(model))
    rows = pd.util.hash_pandas_object(training_data, index=True).to_numpy()
    metadata = {"library_versions": versions(), "training_data_sha256": hashlib.sha256(rows.tobytes()).hexdigest()}
    (directory / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")


def load_model(directory):
    directory = Path(directory)
    metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    for name, saved in metadata["library_versions"].items():
        running = versions()[name]
        if running != saved:
            warnings.warn(f"{name} {saved} saved this model, {name} {running} is loading it", UserWarning)
    return pickle.loads((directory / "model.pkl").read_bytes())
