# verdict: wrong
# misconception: passes the visible example (the course's tariff says "non-negative"): the error tests match a word taken from the course module's messages, pytest.raises(ValueError, match="negative"), so a correct tariff whose message reads "must be a number >= 0" fails them
# feedback: written differently
# score: 4
%%writefile tests/test_tariff.py
import numpy as np
import pytest

from pricing.tariff import premiums


def test_loading():
    assert premiums([0.2], severity=1000.0) == pytest.approx([250.0])
    assert premiums([0.2], severity=1000.0, loading=0.5) == pytest.approx([300.0])


def test_minimum():
    assert premiums([0.001, 2.0], severity=1000.0) == pytest.approx([50.0, 2500.0])


def test_rounding():
    assert premiums([0.0987648], severity=1000.0) == pytest.approx([123.46])


def test_negative_claims_refused():
    with pytest.raises(ValueError, match="negative"):
        premiums([-1.0], severity=1000.0)


def test_missing_claims_refused():
    with pytest.raises(ValueError, match="negative"):
        premiums([np.nan], severity=1000.0)


def test_zero_severity_refused():
    with pytest.raises(ValueError):
        premiums([0.1], severity=0.0)
