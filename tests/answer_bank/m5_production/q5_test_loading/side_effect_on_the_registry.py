# verdict: wrong
# misconception: side_effect set on the registry Mock itself (Mock(side_effect=...)) instead of on registry.load: load never raises and returns a Mock, so the test fails on correct code
# feedback: fail on the course's correct
# score: 0
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline


def test_registry_down_gives_the_baseline(caplog):
    registry = Mock(side_effect=ConnectionError("registry down"))
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    assert "frequency-v3" in caplog.text


def test_the_registry_model_is_used():
    registry = Mock()
    registry.load.return_value = "model v3"
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "model v3"
