# verdict: correct
# misconception: another layout: one pickle holding a dict {"model", "saved_with"}, metadata.json written with pathlib, versions read from each module's __version__ under the key "sklearn" (the statement accepts it), python's from sys.version_info; on load ONE UserWarning listing every library that changed
%%writefile pricing/persistence.py
"""Model and metadata side by side; a single warning lists every library that moved."""

import hashlib
import importlib
import json
import pickle
import sys
import warnings
from pathlib import Path

import pandas as pd

MODULES = ["numpy", "pandas", "sklearn"]


def versions_now():
    now = {"python": "{}.{}.{}".format(*sys.version_info[:3])}
    for name in MODULES:
        now[name] = importlib.import_module(name).__version__
    return now


def save_model(model, directory, training_data):
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(pd.util.hash_pandas_object(training_data, index=True).to_numpy().tobytes()).hexdigest()
    meta = {"library_versions": versions_now(), "training_data_sha256": digest, "n_policies": int(len(training_data))}
    with open(folder / "bundle.pkl", "wb") as f:
        pickle.dump({"model": model, "saved_with": meta["library_versions"]}, f)
    (folder / "metadata.json").write_text(json.dumps(meta, indent=1))
    print("saved", folder)


def load_model(directory):
    folder = Path(directory)
    meta = json.loads((folder / "metadata.json").read_text())
    now = versions_now()
    moved = [f"{name} {was} -> {now.get(name)}" for name, was in meta["library_versions"].items() if now.get(name) != was]
    if moved:
        warnings.warn("model saved under other libraries: " + "; ".join(moved), UserWarning)
    with open(folder / "bundle.pkl", "rb") as f:
        return pickle.load(f)["model"]
