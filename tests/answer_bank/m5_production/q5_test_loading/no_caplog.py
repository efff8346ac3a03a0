# verdict: wrong
# misconception: never looks at the log (no caplog): a fallback that swallows the error silently, or logs at DEBUG, passes
# feedback: falls back silently
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


@pytest.mark.parametrize("failure", [ConnectionError("down"), TimeoutError("30 s"), ValueError("corrupt")])
def test_any_failure_gives_the_baseline(failure):
    registry = Mock()
    registry.load.side_effect = failure
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    registry.load.assert_called_once_with("frequency-v3")
