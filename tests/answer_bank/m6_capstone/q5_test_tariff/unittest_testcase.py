# verdict: correct
# misconception: another framework: a unittest.TestCase run by pytest, numpy.testing.assert_allclose with an absolute tolerance of half a cent, assertRaises for each refused input, a setUp that holds the severity
%%writefile tests/test_tariff.py
import unittest

import numpy as np
from numpy.testing import assert_allclose

from pricing.tariff import premiums


class TariffTest(unittest.TestCase):
    def setUp(self):
        self.severity = 1600.0

    def test_pure_premium_plus_loading(self):
        # 0.5 claims x 1600 EUR = 800 pure, + 25 % = 1000
        assert_allclose(premiums(np.array([0.5]), severity=self.severity), [1000.0], atol=0.005)

    def test_zero_loading(self):
        assert_allclose(premiums([0.5], severity=self.severity, loading=0.0), [800.0], atol=0.005)

    def test_minimum_is_exact_for_tiny_risks(self):
        assert_allclose(premiums([0.0, 0.01], severity=self.severity), [50.0, 50.0], atol=0.005)

    def test_order_kept_and_large_risks_above_minimum(self):
        assert_allclose(premiums([2.0, 0.0], severity=self.severity), [4000.0, 50.0], atol=0.005)

    def test_cents(self):
        # 0.0987648 * 1000 * 1.25 = 123.456 -> 123.46
        self.assertAlmostEqual(float(premiums([0.0987648], severity=1000.0)[0]), 123.46, places=6)

    def test_refusals(self):
        for claims, severity in [([-0.2], 1600.0), ([float("nan")], 1600.0), ([0.1], 0.0), ([0.1], -5.0)]:
            with self.subTest(claims=claims, severity=severity):
                with self.assertRaises(ValueError):
                    premiums(claims, severity=severity)

    def test_negative_loading(self):
        with self.assertRaises(ValueError):
            premiums([0.1], severity=1600.0, loading=-0.1)
