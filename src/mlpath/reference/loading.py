"""Loading the live pricing model, with the baseline as a safety net."""

from __future__ import annotations

import logging
from typing import Any, Protocol

logger = logging.getLogger("pricing")


class Registry(Protocol):
    """Where trained models live (a model registry, a bucket, a file share)."""

    def load(self, name: str) -> Any:
        """Return the model called ``name``; raise if it cannot be fetched."""


def load_or_baseline(registry: Registry, name: str, baseline: Any) -> Any:
    """Load a model from the registry, or fall back to the baseline model.

    Pricing must keep answering when the registry is down: any exception from
    ``registry.load(name)`` (a lost connection, a time-out, a corrupt file) is logged as a
    WARNING on the ``"pricing"`` logger, naming the model, and the baseline is returned.

    Parameters
    ----------
    registry : Registry
        Anything with a ``load(name)`` method.
    name : str
        The model to load; asked for exactly once.
    baseline : Any
        The model to use when loading fails.

    Returns
    -------
    Any
        The registry's model, or ``baseline``.
    """
    try:
        return registry.load(name)
    except Exception as error:  # noqa: BLE001 -- any failure of the outside world: keep pricing
        logger.warning("could not load model %r (%s: %s); pricing with the baseline", name,
                       type(error).__name__, error)
        return baseline
