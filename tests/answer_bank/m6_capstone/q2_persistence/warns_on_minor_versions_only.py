# verdict: wrong
# misconception: student-helper (m6, pro): warns only when MAJOR.MINOR changed, calling a patch upgrade compatible; the statement says warn whenever a saved version differs from the running one
# feedback: must load with a UserWarning that names pandas
# score: 2
%%writefile pricing/persistence.py
"""Save the frequency model with the metadata a safe reload needs; load it with checks."""

from __future__ import annotations

import hashlib
import json
import pickle
import platform
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sklearn

MODEL_FILE = "model.pkl"
METADATA_FILE = "metadata.json"


def library_versions() -> dict[str, str]:
    """The versions a pickled scikit-learn model depends on, as each library prints them."""
    return {"python": platform.python_version(), "numpy": np.__version__, "pandas": pd.__version__,
            "scikit-learn": sklearn.__version__}


def fingerprint(training_data: pd.DataFrame) -> str:
    """SHA-256 of the training book's content and index (module 5 exercise 4)."""
    return hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes()).hexdigest()


def save_model(model: Any, directory: str | Path, training_data: pd.DataFrame,
               extra: dict[str, Any] | None = None) -> Path:
    """Pickle `model` into `directory` (created with its parents) beside a metadata.json; return the folder."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / MODEL_FILE, "wb") as handle:
        pickle.dump(model, handle, protocol=pickle.HIGHEST_PROTOCOL)
    metadata = {
        "model_file": MODEL_FILE,
        "model_class": f"{type(model).__module__}.{type(model).__qualname__}",
        "library_versions": library_versions(),
        "training_data_sha256": fingerprint(training_data),
        "training_rows": int(len(training_data)),
        **(extra or {}),
    }
    (folder / METADATA_FILE).write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return folder


def read_metadata(directory: str | Path) -> dict[str, Any]:
    return json.loads((Path(directory) / METADATA_FILE).read_text(encoding="utf-8"))


def load_model(directory: str | Path) -> Any:
    """The model saved in `directory`; warn (UserWarning) for every library whose version changed since."""
    folder = Path(directory)
    metadata = read_metadata(folder)
    running = library_versions()
    running["sklearn"] = running["scikit-learn"]                      # an older key for the same library
    for library, saved in metadata.get("library_versions", {}).items():
        if library in running and str(saved).split(".")[:2] != running[library].split(".")[:2]:
            warnings.warn(f"{library} was {saved} when the model was saved and is {running[library]} now: "
                          f"check its predictions before trusting them.", UserWarning, stacklevel=2)
    with open(folder / metadata.get("model_file", MODEL_FILE), "rb") as handle:
        return pickle.load(handle)
