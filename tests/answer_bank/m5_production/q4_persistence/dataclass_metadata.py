# verdict: correct
# misconception: metadata as a frozen dataclass (asdict / Metadata(**json)), columns put in order with DataFrame.reindex after an explicit check, XGBRegressor.load_model
%%writefile pricing/persistence.py
from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import xgboost as xgb

MODEL_FILE, METADATA_FILE = "model.json", "metadata.json"


@dataclass(frozen=True)
class Metadata:
    features: list[str]
    xgboost_version: str
    training_data_sha256: str

    @classmethod
    def of(cls, training_data: pd.DataFrame) -> "Metadata":
        hashed = pd.util.hash_pandas_object(training_data, index=True)
        return cls(features=[str(c) for c in training_data.columns], xgboost_version=xgb.__version__,
                   training_data_sha256=hashlib.sha256(hashed.to_numpy().tobytes()).hexdigest())


def save_model(model: xgb.XGBRegressor, directory: str | Path, training_data: pd.DataFrame) -> None:
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_model(str(folder / MODEL_FILE))
    (folder / METADATA_FILE).write_text(json.dumps(asdict(Metadata.of(training_data)), indent=2))


def predict_saved(directory: str | Path, policies: pd.DataFrame) -> np.ndarray:
    folder = Path(directory)
    meta = Metadata(**json.loads((folder / METADATA_FILE).read_text()))
    absent = pd.Index(meta.features).difference(policies.columns)
    if len(absent):
        raise ValueError(f"policies are missing the features {list(absent)} the model was trained on")
    if meta.xgboost_version != xgb.__version__:
        warnings.warn(UserWarning(f"model saved with xgboost {meta.xgboost_version}, running {xgb.__version__}"))
    model = xgb.XGBRegressor()
    model.load_model(str(folder / MODEL_FILE))
    return model.predict(policies.reindex(columns=meta.features))
