# verdict: wrong
# misconception: mocks the function under test itself (patch("pricing.loading.load_or_baseline")) and then checks the mock: the real code never runs
# feedback: they cannot fail
# score: 0
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline

from unittest.mock import patch

import pricing.loading


def test_falls_back_when_the_registry_is_down():
    with patch("pricing.loading.load_or_baseline", return_value="baseline") as fake:
        registry = Mock()
        registry.load.side_effect = ConnectionError("down")
        assert pricing.loading.load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    fake.assert_called_once_with(registry, "frequency-v3", "baseline")


def test_uses_the_registry_model():
    with patch("pricing.loading.load_or_baseline", return_value="model v3"):
        assert pricing.loading.load_or_baseline(Mock(), "frequency-v3", "baseline") == "model v3"
