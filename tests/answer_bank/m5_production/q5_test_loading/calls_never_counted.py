# verdict: wrong
# misconception: a hand-written fake that does not count its calls, and no assert_called_once: a version that asks the (slow, billed) registry twice passes
# feedback: asks the registry twice
# score: 2
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline



class FakeRegistry:
    def __init__(self, model=None, failure=None):
        self.model, self.failure = model, failure

    def load(self, name):
        if self.failure is not None:
            raise self.failure
        return self.model


def test_the_registry_model_is_used():
    assert load_or_baseline(FakeRegistry(model="model v3"), "frequency-v3", "baseline") == "model v3"


@pytest.mark.parametrize("failure", [ConnectionError("down"), TimeoutError("30 s"), ValueError("corrupt")])
def test_any_failure_falls_back_with_a_warning(failure, caplog):
    assert load_or_baseline(FakeRegistry(failure=failure), "frequency-v3", "baseline") == "baseline"
    assert any(r.levelno == logging.WARNING and "frequency-v3" in r.getMessage() for r in caplog.records)
