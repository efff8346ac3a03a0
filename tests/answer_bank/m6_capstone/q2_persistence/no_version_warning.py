# verdict: wrong
# misconception: passes the visible example (nothing changed, so no warning is due): records the library versions in metadata.json but load_model never compares them with the running ones: a model saved under another pandas loads silently
# feedback: UserWarning that names pandas
# score: 2
%%writefile pricing/persistence.py
"""Save the frequency model with its metadata; load it back."""

import hashlib
import json
import pickle
import platform
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn


def save_model(model, directory, training_data):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "model.pkl", "wb") as file:
        pickle.dump(model, file)
    metadata = {
        "library_versions": {"python": platform.python_version(), "numpy": np.__version__,
                             "pandas": pd.__version__, "scikit-learn": sklearn.__version__},
        "training_data_sha256": hashlib.sha256(
            pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes()).hexdigest(),
    }
    with open(directory / "metadata.json", "w", encoding="utf-8") as file:
        json.dump(metadata, file, indent=2)


def load_model(directory):
    with open(Path(directory) / "model.pkl", "rb") as file:
        return pickle.load(file)
