# verdict: correct
# misconception: the schema as a list of frozen dataclasses (one Rule per column: kind, bounds, closed ends, allowed levels, may be missing), every problem collected before one PolicyValidationError
%%writefile pricing/validation.py
"""The pricing schema as data: one Rule per column; every broken rule reported at once."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd


class PolicyValidationError(ValueError):
    """The policies break the schema; the message lists every problem."""


@dataclass(frozen=True)
class Rule:
    column: str
    low: float = -math.inf
    high: float = math.inf
    low_closed: bool = True
    levels: tuple[str, ...] = ()
    may_be_missing: bool = False
    unique: bool = False

    def problems(self, values: pd.Series) -> list[str]:
        found = []
        if not self.may_be_missing and values.isna().any():
            found.append(f"{self.column} is missing on {int(values.isna().sum())} rows")
        given = values.dropna()
        if self.unique:
            if given.duplicated().any():
                found.append(f"{self.column} has {int(given.duplicated().sum())} duplicates")
        elif self.levels:
            unknown = sorted(set(given.astype(str)) - set(self.levels))
            if unknown:
                found.append(f"{self.column} has unknown levels {unknown[:3]} (allowed: {', '.join(self.levels)})")
        elif not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            found.append(f"{self.column} must be numeric, not {values.dtype}")
        else:
            above = given >= self.low if self.low_closed else given > self.low
            bad = int((~(above & (given <= self.high))).sum())
            if bad:
                found.append(f"{self.column} is out of range on {bad} rows")
        return found


SCHEMA = (
    Rule("id", unique=True),
    Rule("exposure", low=0.0, high=1.0, low_closed=False),
    Rule("driver_age", low=18.0, high=99.0),
    Rule("bonus_malus", low=0.0, high=22.0),
    Rule("power", low=0.0, low_closed=False),
    Rule("car_age", low=0.0),
    Rule("mileage", low=0.0, low_closed=False, may_be_missing=True),
    Rule("region", levels=("urban", "suburban", "rural")),
    Rule("fuel", levels=("petrol", "diesel")),
)


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems: list[str] = []
    for rule in SCHEMA:
        if rule.column not in policies.columns:
            problems.append(f"{rule.column} is not a column")
        else:
            problems += rule.problems(policies[rule.column])
    if problems:
        raise PolicyValidationError("cannot price these policies: " + "; ".join(problems))
    return policies
