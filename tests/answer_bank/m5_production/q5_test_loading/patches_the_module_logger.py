# verdict: wrong
# misconception: passes the visible example but not the hidden checks: patches the module's private `logger` object (patch("pricing.loading.logger")) instead of capturing the "pricing" logger with caplog: a correct version whose logger has another variable name breaks the test
# feedback: written differently
# score: 3
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline

from unittest.mock import patch


def test_the_registry_model_is_used():
    registry = Mock()
    registry.load.return_value = "model v3"
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "model v3"
    registry.load.assert_called_once_with("frequency-v3")


@pytest.mark.parametrize("failure", [ConnectionError("down"), TimeoutError("30 s"), ValueError("corrupt")])
def test_any_failure_falls_back_with_a_warning(failure):
    registry = Mock()
    registry.load.side_effect = failure
    with patch("pricing.loading.logger") as logger:
        assert load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    logger.warning.assert_called_once()
    assert "frequency-v3" in repr(logger.warning.call_args)
    registry.load.assert_called_once_with("frequency-v3")
