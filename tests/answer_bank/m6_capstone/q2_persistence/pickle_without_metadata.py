# verdict: wrong
# misconception: student-helper (m6, novice): pickles the model and nothing else: no metadata.json, so no library versions, no fingerprint and no warning after an upgrade
# feedback: must write metadata.json
# score: 0
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


def save_model(model: Any, directory, training_data: pd.DataFrame) -> None:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "model.pkl", "wb") as file:
        pickle.dump(model, file)


def load_model(directory) -> Any:
    with open(Path(directory) / "model.pkl", "rb") as file:
        return pickle.load(file)
