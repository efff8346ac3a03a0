# verdict: wrong
# misconception: validates with assert statements: a bad book raises AssertionError, not PolicyValidationError, and python -O removes the checks
# feedback: is not validation either
# score: 0
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    for column in ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]:
        assert column in policies.columns, f"{column}: missing column"
        assert policies[column].notna().all(), f"{column}: missing values"
    assert policies["id"].is_unique, "id: duplicated ids"
    e = policies["exposure"]
    assert ((e > 0) & (e <= 1)).all(), f"exposure: {(~((e > 0) & (e <= 1))).sum()} values outside (0, 1]"
    assert policies["driver_age"].between(18, 99).all(), "driver_age: outside [18, 99]"
    assert policies["bonus_malus"].between(0, 22).all(), "bonus_malus: outside [0, 22]"
    assert (policies["power"] > 0).all(), "power: not > 0"
    assert policies["region"].isin(["urban", "suburban", "rural"]).all(), "region: unknown value"
    return policies
