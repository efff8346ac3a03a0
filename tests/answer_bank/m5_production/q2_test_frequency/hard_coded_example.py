# verdict: wrong
# misconception: hard-coded to the worked example: the docstring example only, its result compared with == to the floats the reference printed (0.10000000000000002, 0.10000000000000003)
# feedback: written differently
# score: 1
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


def test_docstring_example():
    policies = pd.DataFrame({"exposure": [1.0, 0.5], "age": [0.0, 1.0]})
    result = expected_claims(policies, {"intercept": np.log(0.1), "age": np.log(2.0)})
    # copied from print(result.tolist()) on the course's module
    assert result.tolist() == [0.10000000000000002, 0.10000000000000003]
