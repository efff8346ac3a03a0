# verdict: correct
# misconception: the schema as a list of frozen dataclasses (column, low, high, which ends are closed), every rule checked, problems collected and raised once
%%writefile pricing/validation.py
"""Validate a book of policies against a schema written as data."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd


class PolicyValidationError(ValueError):
    """The book breaks the schema; the message lists every problem."""


@dataclass(frozen=True)
class NumberRule:
    column: str
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def interval(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        high = "inf" if math.isinf(self.high) else f"{self.high:g}"
        return f"{left}{self.low:g}, {high}{right}"

    def outside(self, values: pd.Series) -> int:
        above_low = values >= self.low if self.low_closed else values > self.low
        below_high = values <= self.high if self.high_closed else values < self.high
        return int((~(above_low & below_high)).sum())


NUMBERS = [
    NumberRule("exposure", 0, 1, low_closed=False),
    NumberRule("driver_age", 18, 99),
    NumberRule("bonus_malus", 0, 22),
    NumberRule("power", 0, math.inf, low_closed=False, high_closed=False),
]
REGIONS = {"urban", "suburban", "rural"}
COLUMNS = ["id"] + [rule.column for rule in NUMBERS] + ["region"]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    """Return ``policies`` unchanged, or raise PolicyValidationError listing every problem."""
    problems: list[str] = []
    for column in COLUMNS:
        if column not in policies.columns:
            problems.append(f"{column}: the column is missing")
            continue
        n_missing = int(policies[column].isna().sum())
        if n_missing:
            problems.append(f"{column}: {n_missing} missing values")
    present = set(policies.columns)
    if "id" in present:
        ids = policies["id"].dropna()
        n_dup = int(ids.duplicated().sum())
        if n_dup:
            problems.append(f"id: {n_dup} duplicated ids")
    for rule in NUMBERS:
        if rule.column not in present:
            continue
        values = policies[rule.column]
        if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{rule.column}: must be numbers, the column has dtype {values.dtype}")
            continue
        n_out = rule.outside(values.dropna())
        if n_out:
            problems.append(f"{rule.column}: {n_out} values outside {rule.interval()}")
    if "region" in present:
        regions = policies["region"].dropna().astype(str)
        n_unknown = int((~regions.isin(REGIONS)).sum())
        if n_unknown:
            problems.append(f"region: {n_unknown} values not one of {sorted(REGIONS)}")
    if problems:
        raise PolicyValidationError("invalid policies:\n" + "\n".join(problems))
    return policies
