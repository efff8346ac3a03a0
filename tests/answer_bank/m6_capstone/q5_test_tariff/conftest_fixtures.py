# verdict: correct
# misconception: fixtures in tests/conftest.py, as lesson 5.3 teaches (issue 17: only the test file used to be copied when graded, so this answer passed locally and lost every point): the answer cell writes tests/conftest.py (a severity fixture and a helper that works out a premium by hand) and tests/test_tariff.py that uses them
from pathlib import Path

Path("tests").mkdir(exist_ok=True)
Path("tests/conftest.py").write_text('''
import pytest


@pytest.fixture
def severity():
    """The book's mean claim size in euro."""
    return 1500.0


@pytest.fixture
def by_hand():
    """A premium worked out the long way: pure premium, loading, floor, cents."""
    def premium(claims, severity, loading=0.25, minimum=50.0):
        return round(max(claims * severity * (1 + loading), minimum), 2)
    return premium
''', encoding="utf-8")

Path("tests/test_tariff.py").write_text('''
import math

import pytest

from pricing.tariff import premiums


@pytest.mark.parametrize("claims", [0.2, 1.3, 0.01, 0.0])
def test_matches_the_hand_computation(severity, by_hand, claims):
    assert float(premiums([claims], severity=severity)[0]) == pytest.approx(by_hand(claims, severity), abs=1e-9)


def test_numbers_worked_out(severity):
    # 0.2 * 1500 * 1.25 = 375; 0.01 * 1500 * 1.25 = 18.75 -> 50; 0.2 * 1500 without loading = 300
    assert list(premiums([0.2, 0.01], severity=severity)) == pytest.approx([375.0, 50.0])
    assert float(premiums([0.2], severity=severity, loading=0.0)[0]) == pytest.approx(300.0)


def test_cents():
    # 0.0987648 * 1000 * 1.25 = 123.456 -> 123.46
    assert math.isclose(float(premiums([0.0987648], severity=1000.0)[0]), 123.46, abs_tol=1e-9)


@pytest.mark.parametrize("claims", [[-1.0], [float("nan")]])
def test_refuses_impossible_claims(severity, claims):
    with pytest.raises(ValueError):
        premiums(claims, severity=severity)


@pytest.mark.parametrize("bad_severity", [0.0, -1500.0])
def test_refuses_bad_severity(bad_severity):
    with pytest.raises(ValueError):
        premiums([0.2], severity=bad_severity)
''', encoding="utf-8")
print("wrote tests/conftest.py and tests/test_tariff.py")
