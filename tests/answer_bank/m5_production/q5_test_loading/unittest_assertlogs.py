# verdict: correct
# misconception: unittest.TestCase with self.assertLogs("pricing", "WARNING") and unittest.mock.MagicMock, run by pytest
%%writefile tests/test_loading.py
"""Tests of pricing.loading.load_or_baseline with a fake registry: no network in unit tests."""

import logging
from unittest.mock import Mock

import pytest

from pricing.loading import load_or_baseline

import unittest
from unittest.mock import MagicMock


class LoadOrBaselineTest(unittest.TestCase):
    def registry(self, **load):
        registry = MagicMock()
        registry.load.configure_mock(**load)
        return registry

    def test_model_from_the_registry(self):
        registry = self.registry(return_value="frequency-glm")
        self.assertEqual(load_or_baseline(registry, "freq", "baseline"), "frequency-glm")
        registry.load.assert_called_once_with("freq")

    def test_failures_fall_back_and_warn(self):
        for failure in (ConnectionError("reset"), TimeoutError("slow"), ValueError("corrupt file")):
            with self.subTest(failure=type(failure).__name__):
                registry = self.registry(side_effect=failure)
                with self.assertLogs("pricing", level="WARNING") as logs:
                    self.assertEqual(load_or_baseline(registry, "freq-model-7", "baseline"), "baseline")
                self.assertEqual(len(logs.records), 1)
                self.assertEqual(logs.records[0].levelno, logging.WARNING)
                self.assertIn("freq-model-7", logs.records[0].getMessage())
                registry.load.assert_called_once_with("freq-model-7")
