# verdict: correct
# misconception: vectorised with one boolean mask per rule (Series.between with inclusive="right"/"both"/"left"), numbers checked with pd.api.types, the problems returned as a DataFrame-shaped report joined into the message, policies returned as the same object
%%writefile pricing/validation.py
import numpy as np
import pandas as pd


class PolicyValidationError(ValueError):
    pass


def _bounds(values, low, high, inclusive):
    return values.between(low, high, inclusive=inclusive)


CHECKS = {
    "exposure": lambda s: _bounds(s, 0, 1, "right"),
    "driver_age": lambda s: _bounds(s, 18, 99, "both"),
    "bonus_malus": lambda s: _bounds(s, 0, 22, "both"),
    "power": lambda s: s > 0,
    "car_age": lambda s: s >= 0,
    "mileage": lambda s: s.isna() | (s > 0),
}
LEVELS = {"region": ["urban", "suburban", "rural"], "fuel": ["petrol", "diesel"]}


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    report = []
    wanted = ["id", *CHECKS, *LEVELS]
    report += [(c, "is missing from the file") for c in wanted if c not in policies]
    if "id" in policies:
        bad_id = policies["id"].isna() | policies["id"].duplicated(keep=False)
        if bad_id.any():
            report.append(("id", f"{int(bad_id.sum())} rows with a missing or repeated id"))
    for column, check in CHECKS.items():
        if column not in policies:
            continue
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            report.append((column, f"holds {values.dtype}, not numbers"))
            continue
        ok = check(values)
        if column != "mileage":
            ok &= values.notna()
        if not ok.all():
            report.append((column, f"{int((~ok).sum())} rows break its rule"))
    for column, levels in LEVELS.items():
        if column in policies:
            unknown = ~policies[column].astype(str).isin(levels)
            if unknown.any():
                report.append((column, f"unknown values {sorted(set(policies[column][unknown].astype(str)))[:3]}"))
    if report:
        raise PolicyValidationError("\n".join(f"{column}: {why}" for column, why in report))
    return policies
