# verdict: correct
# misconception: no pickle of the student's own class: the scikit-learn pipeline is pickled alone and the feature builder's state (the mileage median) is stored in metadata.json; load_model rebuilds the FrequencyModel from both
%%writefile pricing/persistence.py
"""Save the pipeline and the feature builder's state separately; rebuild the model on load."""

from __future__ import annotations

import hashlib
import json
import pickle
import platform
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn

from pricing.model import FrequencyModel


def library_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "numpy": np.__version__, "pandas": pd.__version__,
            "scikit-learn": sklearn.__version__}


def save_model(model: FrequencyModel, directory, training_data: pd.DataFrame) -> None:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "pipeline.pkl").write_bytes(pickle.dumps(model.pipeline))
    digest = hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes())
    metadata = {"library_versions": library_versions(), "training_data_sha256": digest.hexdigest(),
                "features": {"mileage_median": model.mileage_median}}
    (directory / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")


def load_model(directory) -> FrequencyModel:
    directory = Path(directory)
    metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    running = library_versions()
    stale = sorted(name for name, saved in metadata["library_versions"].items() if running.get(name) != saved)
    if stale:
        warnings.warn("library versions changed since the model was saved: " + ", ".join(
            f"{name} {metadata['library_versions'][name]} -> {running.get(name)}" for name in stale), UserWarning)
    pipeline = pickle.loads((directory / "pipeline.pkl").read_bytes())
    return FrequencyModel(pipeline, float(metadata["features"]["mileage_median"]))
