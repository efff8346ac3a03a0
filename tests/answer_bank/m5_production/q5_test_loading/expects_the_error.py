# verdict: wrong
# misconception: expects the registry's error to propagate (pytest.raises(ConnectionError)): the test describes the "no fallback" bug and fails on correct code
# feedback: fail on the course's correct
# score: 0
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline


def test_registry_down_raises():
    registry = Mock()
    registry.load.side_effect = ConnectionError("registry down")
    with pytest.raises(ConnectionError):
        load_or_baseline(registry, "frequency-v3", "baseline")


def test_the_registry_model_is_used():
    registry = Mock()
    registry.load.return_value = "model v3"
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "model v3"
