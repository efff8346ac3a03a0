# verdict: wrong
# misconception: hard-coded to the worked example: only negative exposures are checked (the example's -1), nothing else of the schema
# feedback: exposure of exactly 0
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    negative = int((policies["exposure"] < 0).sum())
    if negative:
        raise PolicyValidationError(f"exposure: {negative} values outside (0, 1]")
    return policies
