# verdict: correct
# misconception: numbers worked out by hand (0.5 * 0.2 = 0.1, 0.25 * 0.2 * 2 = 0.1), a test class, np.testing.assert_allclose and a parametrized table of bad exposures
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


# With intercept log(0.2) and a bonus coefficient log(2): a year without bonus costs 0.2 claims,
# each bonus step doubles it, and exposure scales it.
COEFFICIENTS = {"intercept": np.log(0.2), "bonus": np.log(2.0)}


class TestExpectedClaims:
    def frame(self, **columns):
        return pd.DataFrame(columns)

    def test_values_worked_out_by_hand(self):
        policies = self.frame(exposure=[1.0, 0.5, 0.25, 0.5], bonus=[0.0, 0.0, 1.0, 2.0])
        np.testing.assert_allclose(expected_claims(policies, COEFFICIENTS), [0.2, 0.1, 0.1, 0.4], rtol=1e-9)

    def test_rating_columns_are_found_by_name(self):
        policies = self.frame(region=["urban", "rural"], bonus=[1.0, 0.0], note=[7.0, 8.0], exposure=[0.5, 1.0])
        np.testing.assert_allclose(expected_claims(policies, COEFFICIENTS), [0.2, 0.2], rtol=1e-9)

    @pytest.mark.parametrize("bad", [0.0, -0.25, float("nan")], ids=["zero", "negative", "missing"])
    def test_bad_exposure_raises(self, bad):
        policies = self.frame(exposure=[1.0, bad], bonus=[0.0, 1.0])
        with pytest.raises(ValueError):
            expected_claims(policies, COEFFICIENTS)

    def test_missing_rating_column_raises(self):
        with pytest.raises(ValueError):
            expected_claims(self.frame(exposure=[1.0]), COEFFICIENTS)
