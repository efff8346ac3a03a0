"""Loading the live model, the fallback written with an else branch."""

from __future__ import annotations

import logging
from typing import Any

_log = logging.getLogger("pricing")


def load_or_baseline(registry: Any, name: str, baseline: Any) -> Any:
    """Same contract as :func:`mlpath.reference.loading.load_or_baseline`."""
    try:
        model = registry.load(name)
    except Exception as exc:  # noqa: BLE001 -- the contract: any failure falls back
        _log.log(logging.WARNING, f"model {name!r} unavailable ({exc!r}); falling back to the baseline")
        return baseline
    else:
        return model
