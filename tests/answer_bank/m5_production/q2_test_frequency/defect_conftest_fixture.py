# verdict: correct
# misconception: defect (issue 17, m5 q2): fixtures in tests/conftest.py as lesson 5.3 teaches (the answer cell writes conftest.py, then the test file that uses its fixtures without importing them); only the test file was copied for grading, so the fixtures were missing
from pathlib import Path
from textwrap import dedent

# Shared fixtures: every test file in tests/ can ask for them by name (lesson 3, section 2).
Path("tests/conftest.py").write_text(dedent('''
    import math

    import pandas as pd
    import pytest


    @pytest.fixture(scope="session")
    def coefficients():
        return {"intercept": math.log(0.08), "age": 0.01, "power": 0.005}


    @pytest.fixture
    def book():
        return pd.DataFrame({"exposure": [1.0, 0.5, 0.2], "age": [20.0, 45.0, 70.0],
                             "power": [60.0, 100.0, 150.0], "region": ["urban", "rural", "urban"]})
'''))

Path("tests/test_frequency.py").write_text(dedent('''
    import math

    import numpy as np
    import pytest

    from pricing.frequency import expected_claims


    def by_hand(exposure, age, power):
        return exposure * 0.08 * math.exp(0.01 * age + 0.005 * power)


    def test_each_policy_worked_out_by_hand(book, coefficients):
        expected = [by_hand(e, a, p) for e, a, p in zip(book["exposure"], book["age"], book["power"])]
        assert list(expected_claims(book, coefficients)) == pytest.approx(expected)


    def test_the_order_of_the_columns_does_not_matter(book, coefficients):
        reordered = book[["region", "power", "exposure", "age"]]
        assert expected_claims(reordered, coefficients) == pytest.approx(expected_claims(book, coefficients))


    @pytest.mark.parametrize("bad", [0.0, -1.0, np.nan])
    def test_a_bad_exposure_is_refused(book, coefficients, bad):
        book.loc[0, "exposure"] = bad
        with pytest.raises(ValueError):
            expected_claims(book, coefficients)
'''))
