# verdict: wrong
# misconception: tries one failure only (ConnectionError): a fallback that catches just that one passes, though a time-out or a corrupt file would stop pricing
# feedback: falls back only on ConnectionError
# score: 2
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline


def test_the_registry_model_is_used():
    registry = Mock()
    registry.load.return_value = "model v3"
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "model v3"
    registry.load.assert_called_once_with("frequency-v3")


def test_connection_lost_falls_back_with_a_warning(caplog):
    registry = Mock()
    registry.load.side_effect = ConnectionError("registry down")
    with caplog.at_level(logging.WARNING, logger="pricing"):
        assert load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    assert any(r.levelno == logging.WARNING and "frequency-v3" in r.getMessage() for r in caplog.records)
