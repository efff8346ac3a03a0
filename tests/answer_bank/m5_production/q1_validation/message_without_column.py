# verdict: wrong
# misconception: message without the column name: counts the bad values per rule but the error says only '2 values out of range', so the caller cannot tell which column to fix
# feedback: must name
# score: 0
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


CHECKS = [
    (lambda p: p["exposure"].isna() | ~((p["exposure"] > 0) & (p["exposure"] <= 1)), "out of range"),
    (lambda p: ~p["driver_age"].between(18, 99), "out of range"),
    (lambda p: ~p["bonus_malus"].between(0, 22), "out of range"),
    (lambda p: ~(p["power"] > 0), "out of range"),
    (lambda p: ~p["region"].astype(str).isin(["urban", "suburban", "rural"]), "not an allowed value"),
    (lambda p: p["id"].duplicated(), "duplicated"),
]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for bad_rows, what in CHECKS:
        try:
            n_bad = int(bad_rows(policies).sum())
        except (KeyError, TypeError):
            problems.append("a column is missing or has the wrong type")
            continue
        if n_bad:
            problems.append(f"{n_bad} values {what}")
    if problems:
        raise PolicyValidationError("invalid book: " + ", ".join(problems))
    return policies
