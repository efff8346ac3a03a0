# verdict: wrong
# misconception: tests only the happy path (a registry that works): the fallback, the one thing the function is for, is never exercised
# feedback: no fallback: registry errors escape
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


def test_another_model():
    registry = Mock()
    registry.load.return_value = {"coefficients": [0.1, 0.2]}
    assert load_or_baseline(registry, "severity-v1", None) == {"coefficients": [0.1, 0.2]}
