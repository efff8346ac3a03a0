# verdict: wrong
# misconception: student-helper (m5, pro): reads "a number" as an integer dtype for age, bonus-malus and power, so a valid book with ages stored as floats (34.0) is refused
# feedback: stored as floats
# score: 2
%%writefile pricing/validation.py
"""Check a book of policies against the pricing schema before it is priced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

REGIONS: frozenset[str] = frozenset({"urban", "suburban", "rural"})


@dataclass(frozen=True)
class Problem:
    """One breach of the schema: which column, what is wrong, on how many rows."""

    column: str
    rows: int | None        # None when the problem is the column itself (missing, wrong dtype)
    what: str

    def __str__(self) -> str:
        return f"{self.column}: {self.what}" if self.rows is None else f"{self.column}: {self.rows} {self.what}"


class PolicyValidationError(ValueError):
    """The policies break the schema; the message lists every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{len(problems)} problem(s) in the policies:\n{lines}")


@dataclass(frozen=True)
class NumericRule:
    """A numeric column whose present values must satisfy ``ok``; ``interval`` is for the message."""

    ok: Callable[[pd.Series], pd.Series]
    interval: str


NUMERIC_RULES: dict[str, NumericRule] = {
    "exposure": NumericRule(lambda s: (s > 0) & (s <= 1), "(0, 1]"),
    "driver_age": NumericRule(lambda s: (s >= 18) & (s <= 99), "[18, 99]"),
    "bonus_malus": NumericRule(lambda s: (s >= 0) & (s <= 22), "[0, 22]"),
    "power": NumericRule(lambda s: s > 0, "(0, inf)"),
}
SCHEMA_COLUMNS: tuple[str, ...] = ("id", *NUMERIC_RULES, "region")


def _is_number(column: pd.Series) -> bool:
    # a numeric dtype; booleans are not a number of years, kilowatts or points
    if column.name in ("driver_age", "bonus_malus", "power"):
        return pd.api.types.is_integer_dtype(column)
    return pd.api.types.is_float_dtype(column)


def _is_scalar_number(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def _id_problems(ids: pd.Series) -> list[Problem]:
    problems = []
    missing = int(ids.isna().sum())
    if missing:
        problems.append(Problem("id", missing, "missing values"))
    present = ids.dropna()
    duplicated_rows = int(present.duplicated(keep=False).sum())
    if duplicated_rows:
        values = int(present[present.duplicated(keep=False)].nunique())
        problems.append(Problem("id", duplicated_rows, f"rows share {values} duplicated id value(s)"))
    return problems


def _numeric_problems(name: str, column: pd.Series, rule: NumericRule) -> list[Problem]:
    problems = []
    missing = int(column.isna().sum())
    if missing:
        problems.append(Problem(name, missing, "missing values"))
    if not _is_number(column):
        present = column.dropna()
        not_numbers = present[[not _is_scalar_number(value) for value in present]]
        examples = ", ".join(repr(v) for v in pd.unique(not_numbers)[:3])
        problems.append(Problem(name, len(not_numbers),
                                f"values are not numbers (dtype {column.dtype}, e.g. {examples}): "
                                "send a numeric column, nothing is converted"))
        return problems
    present = column.dropna()
    outside = int((~rule.ok(present)).sum())
    if outside:
        problems.append(Problem(name, outside, f"values outside {rule.interval}"))
    return problems


def _region_problems(column: pd.Series) -> list[Problem]:
    problems = []
    missing = int(column.isna().sum())
    if missing:
        problems.append(Problem("region", missing, "missing values"))
    present = column.dropna().astype(str)
    unknown = present[~present.isin(REGIONS)]
    if len(unknown):
        examples = ", ".join(repr(v) for v in unknown.unique()[:3])
        problems.append(Problem("region", len(unknown),
                                f"values not one of {sorted(REGIONS)} (e.g. {examples}; case matters)"))
    return problems


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    """Return ``policies`` unchanged if they follow the schema, else raise with every problem.

    Parameters
    ----------
    policies : DataFrame
        The book to price.

    Returns
    -------
    DataFrame
        ``policies`` itself.

    Raises
    ------
    PolicyValidationError
        Naming every column with a problem, what is wrong and how many rows.
    """
    problems: list[Problem] = []
    for name in SCHEMA_COLUMNS:
        if name not in policies.columns:
            problems.append(Problem(name, None, "column missing"))
            continue
        column = policies[name]
        if name == "id":
            problems += _id_problems(column)
        elif name == "region":
            problems += _region_problems(column)
        else:
            problems += _numeric_problems(name, column, NUMERIC_RULES[name])
    if problems:
        raise PolicyValidationError(problems)
    return policies
