# verdict: wrong
# misconception: hard-coded to the visible example: checks the columns are there and that exposure is in (0, 1], the one rule the visible test tries; every other rule of the schema is left out
# feedback: validate_policies accepted a book with
# score: 1
%%writefile pricing/validation.py
"""Check a book of policies before it is priced."""

import pandas as pd

REQUIRED = ["id", "exposure", "driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]


class PolicyValidationError(ValueError):
    """The policies break the schema."""


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = [f"{column}: missing column" for column in REQUIRED if column not in policies.columns]
    if "exposure" in policies.columns and not policies["exposure"].between(0, 1, inclusive="right").all():
        problems.append("exposure: values outside (0, 1]")
    if problems:
        raise PolicyValidationError("; ".join(problems))
    return policies
