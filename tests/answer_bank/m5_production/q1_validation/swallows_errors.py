# verdict: wrong
# misconception: swallows the errors: raises PolicyValidationError inside try/except, logs it and returns the frame anyway ("the pipeline must not stop")
# feedback: accepted a book with two negative exposures
# score: 0
%%writefile pricing/validation.py
import logging

import pandas as pd

logger = logging.getLogger("pricing")


class PolicyValidationError(ValueError):
    pass


def _check(policies):
    problems = []
    for column in ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
        elif policies[column].isna().any():
            problems.append(f"{column}: {policies[column].isna().sum()} missing values")
    if problems:
        raise PolicyValidationError("; ".join(problems))
    e = policies["exposure"]
    if not ((e > 0) & (e <= 1)).all():
        raise PolicyValidationError(f"exposure: {(~((e > 0) & (e <= 1))).sum()} values outside (0, 1]")
    if not policies["driver_age"].between(18, 99).all():
        raise PolicyValidationError("driver_age: values outside [18, 99]")


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    try:
        _check(policies)
    except PolicyValidationError as error:
        logger.error("invalid policies: %s", error)
    return policies
