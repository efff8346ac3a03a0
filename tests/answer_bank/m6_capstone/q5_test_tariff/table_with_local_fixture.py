# verdict: correct
# misconception: table-driven: one parametrized test over a list of (claims, severity, loading, minimum, premium) rows worked out by hand, a fixture defined in the test file itself for the default severity, pytest.raises with match="severity" only where both tariffs name it
%%writefile tests/test_tariff.py
import math

import pytest

from pricing.tariff import premiums


@pytest.fixture
def severity():
    return 2000.0


CASES = [
    # claims, loading, minimum, premium worked out by hand
    (0.1, 0.25, 50.0, 250.00),      # 0.1 * 2000 * 1.25
    (0.1, 0.0, 50.0, 200.00),       # no loading
    (0.015, 0.25, 50.0, 50.00),     # 37.50 -> the minimum
    (0.03, 0.25, 50.0, 75.00),      # above the minimum
    (0.1, 0.25, 300.0, 300.00),     # another minimum
    (0.0493827, 0.25, 50.0, 123.46),  # 123.456... -> nearest cent
]


@pytest.mark.parametrize("claims, loading, minimum, premium", CASES)
def test_premium_table(severity, claims, loading, minimum, premium):
    got = premiums([claims], severity=severity, loading=loading, minimum=minimum)
    assert math.isclose(float(got[0]), premium, abs_tol=1e-9)


def test_vector_keeps_order(severity):
    assert list(premiums([0.1, 0.001, 0.2], severity=severity)) == pytest.approx([250.0, 50.0, 500.0])


@pytest.mark.parametrize("claims", [[-0.01], [float("nan")], [0.1, -1.0]])
def test_bad_claims(severity, claims):
    with pytest.raises(ValueError):
        premiums(claims, severity=severity)


@pytest.mark.parametrize("bad", [0.0, -1.0])
def test_bad_severity(bad):
    with pytest.raises(ValueError, match="severity"):
        premiums([0.1], severity=bad)
