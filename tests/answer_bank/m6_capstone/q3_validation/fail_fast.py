# verdict: wrong
# misconception: passes the visible example (one problem at a time is enough there): fail-fast: raises at the first broken rule, so a book with several problems is sent back once per problem instead of once with the full list the statement asks for ("raise naming every problem column")
# feedback: every problem
# score: 1
%%writefile pricing/validation.py
"""Check a book of policies against the pricing schema before it is priced."""

import pandas as pd


class PolicyValidationError(ValueError):
    """The policies break the schema."""


RULES = [
    ("exposure", lambda v: (v > 0) & (v <= 1), "a number in (0, 1]"),
    ("driver_age", lambda v: v.between(18, 99), "a number in [18, 99]"),
    ("bonus_malus", lambda v: v.between(0, 22), "a number in [0, 22]"),
    ("power", lambda v: v > 0, "a number > 0"),
    ("car_age", lambda v: v >= 0, "a number >= 0"),
]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    for column in ["id", "exposure", "driver_age", "bonus_malus", "power", "car_age", "mileage", "region", "fuel"]:
        if column not in policies.columns:
            raise PolicyValidationError(f"{column}: missing column")
    if policies["id"].isna().any() or policies["id"].duplicated().any():
        raise PolicyValidationError("id: missing or duplicated")
    for column, rule, wanted in RULES:
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values) or values.isna().any() or not rule(values).all():
            raise PolicyValidationError(f"{column}: every value must be {wanted}")
    mileage = policies["mileage"]
    if not pd.api.types.is_numeric_dtype(mileage) or (mileage.dropna() <= 0).any():
        raise PolicyValidationError("mileage: must be a number > 0 where given")
    if not policies["region"].dropna().astype(str).isin(["urban", "suburban", "rural"]).all() \
            or policies["region"].isna().any():
        raise PolicyValidationError("region: must be urban, suburban or rural")
    if not policies["fuel"].dropna().astype(str).isin(["petrol", "diesel"]).all() or policies["fuel"].isna().any():
        raise PolicyValidationError("fuel: must be petrol or diesel")
    return policies
