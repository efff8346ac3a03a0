# verdict: wrong
# misconception: asserts only that something comes back (not None): with a Mock registry every buggy version returns something too
# feedback: they cannot fail
# score: 0
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline


def test_returns_a_model():
    registry = Mock()
    model = load_or_baseline(registry, "frequency-v3", "baseline")
    assert model is not None


def test_baseline_is_kept():
    baseline = object()
    model = load_or_baseline(Mock(), "frequency-v3", baseline)
    assert model is not None
