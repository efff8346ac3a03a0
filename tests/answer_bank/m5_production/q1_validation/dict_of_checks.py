# verdict: correct
# misconception: a dict mapping each column to a row-wise predicate (Series -> boolean mask of bad rows), NaN counted as missing, masks summed, one error at the end
%%writefile pricing/validation.py
from __future__ import annotations

import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype


class PolicyValidationError(ValueError):
    pass


def _is_number(s: pd.Series) -> bool:
    return is_numeric_dtype(s) and not is_bool_dtype(s)


# column -> (description of the rule, function giving the mask of rows that break it)
RULES = {
    "exposure": ("outside (0, 1]", lambda s: ~((s > 0) & (s <= 1))),
    "driver_age": ("outside [18, 99]", lambda s: ~s.between(18, 99)),
    "bonus_malus": ("outside [0, 22]", lambda s: ~s.between(0, 22)),
    "power": ("not > 0 kW", lambda s: ~(s > 0)),
    "region": ("not urban/suburban/rural", lambda s: ~s.astype(str).isin(["urban", "suburban", "rural"])),
}


def validate_policies(policies):
    errors = []
    for col in ["id", *RULES]:
        if col not in policies:
            errors.append(f"missing column {col!r}")
            continue
        s = policies[col]
        nan = s.isna()
        if nan.any():
            errors.append(f"{col}: {nan.sum()} missing value(s)")
        s = s[~nan]
        if col == "id":
            if s.duplicated().any():
                errors.append(f"id: {s.duplicated(keep=False).sum()} rows share an id")
            continue
        if col != "region" and not _is_number(s):
            errors.append(f"{col}: not numeric (dtype {s.dtype})")
            continue
        rule, bad = RULES[col]
        n_bad = int(bad(s).sum())
        if n_bad:
            errors.append(f"{col}: {n_bad} value(s) {rule}")
    if errors:
        raise PolicyValidationError("; ".join(errors))
    return policies
