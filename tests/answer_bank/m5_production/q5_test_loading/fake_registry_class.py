# verdict: correct
# misconception: a hand-written fake registry class that records its calls, parametrized failures, caplog.record_tuples
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline



class FakeRegistry:
    """Stands in for the model registry: returns a model, or raises, and remembers what it was asked."""

    def __init__(self, model=None, failure=None):
        self.model, self.failure, self.asked = model, failure, []

    def load(self, name):
        self.asked.append(name)
        if self.failure is not None:
            raise self.failure
        return self.model


BASELINE = object()


def test_a_working_registry_gives_its_model_asked_once():
    registry = FakeRegistry(model="gbm-2024-06")
    assert load_or_baseline(registry, "gbm", BASELINE) == "gbm-2024-06"
    assert registry.asked == ["gbm"]


@pytest.mark.parametrize("failure", [ConnectionError(), TimeoutError(), OSError("disk"), ValueError("bad pickle"),
                                     KeyError("gbm"), RuntimeError()])
def test_every_failure_gives_the_baseline(failure, caplog):
    registry = FakeRegistry(failure=failure)
    caplog.set_level(logging.WARNING, logger="pricing")
    assert load_or_baseline(registry, "gbm", BASELINE) is BASELINE
    assert registry.asked == ["gbm"]
    warnings = [(logger, message) for logger, level, message in caplog.record_tuples if level == logging.WARNING]
    assert len(warnings) == 1
    logger, message = warnings[0]
    assert logger == "pricing" and "gbm" in message
