# verdict: wrong
# misconception: hard-coded to the course's source text: the warning must equal, word for word, the message the reference logged ("could not load model ... pricing with the baseline"); a correct version worded otherwise fails; its caplog.messages check never looks at the logger, so a warning on the root logger slips through too
# feedback: written differently
# score: 1
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


@pytest.mark.parametrize("failure", [ConnectionError("registry down"), TimeoutError("30 s")])
def test_fallback_logs_the_warning(failure, caplog):
    registry = Mock()
    registry.load.side_effect = failure
    assert load_or_baseline(registry, "frequency-v3", "baseline") == "baseline"
    # copied from caplog.messages on the course's module
    assert caplog.messages == [f"could not load model 'frequency-v3' ({type(failure).__name__}: {failure}); "
                               "pricing with the baseline"]
