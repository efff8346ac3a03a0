# verdict: correct
# misconception: plain Python: a loop over each column's values with math.isnan and counters in a dict, the dtype judged with pandas only, and the problems joined into one message with a heading per column
%%writefile pricing/validation.py
import math

import pandas as pd


class PolicyValidationError(ValueError):
    """The book breaks the schema."""


LIMITS = {"exposure": (0, 1), "driver_age": (18, 99), "bonus_malus": (0, 22), "power": (0, None)}
OPEN_BELOW = {"exposure", "power"}          # 0 itself is not allowed for these two
REGIONS = {"urban", "suburban", "rural"}


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT


def _bad_number(column, value):
    low, high = LIMITS[column]
    too_low = value <= low if column in OPEN_BELOW else value < low
    too_high = high is not None and value > high
    return too_low or too_high


def validate_policies(policies):
    report = {}
    for column in ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]:
        if column not in policies.columns:
            report[column] = ["the column is missing"]
            continue
        values = policies[column]
        if column in LIMITS and (not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values)):
            report[column] = [f"must hold numbers, holds {values.dtype}"]
            continue
        counts = {"missing": 0, "bad": 0, "duplicated": 0}
        seen = set()
        for value in values.tolist():
            if _missing(value):
                counts["missing"] += 1
            elif column == "id":
                counts["duplicated"] += value in seen
                seen.add(value)
            elif column == "region":
                counts["bad"] += str(value) not in REGIONS
            else:
                counts["bad"] += _bad_number(column, value)
        lines = []
        if counts["missing"]:
            lines.append(f"{counts['missing']} missing")
        if counts["duplicated"]:
            lines.append(f"{counts['duplicated']} duplicated")
        if counts["bad"]:
            lines.append(f"{counts['bad']} out of range" if column != "region" else f"{counts['bad']} unknown regions")
        if lines:
            report[column] = lines
    if report:
        message = "\n".join(f"{column}: {', '.join(lines)}" for column, lines in report.items())
        raise PolicyValidationError("cannot price this book:\n" + message)
    return policies
