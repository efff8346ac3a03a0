# verdict: wrong
# misconception: the error counts the problems but then prints the whole schema ("expected: exposure in (0, 1], driver_age in [18, 99], ...") so it names every column, broken or not
# feedback: too, which are fine
# score: 0
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


SCHEMA = {"exposure": (0, 1, False), "driver_age": (18, 99, True), "bonus_malus": (0, 22, True),
          "power": (0, float("inf"), False)}
SCHEMA_TEXT = ("expected: id unique, exposure in (0, 1], driver_age in [18, 99], bonus_malus in [0, 22], "
               "power > 0, region in urban/suburban/rural, no missing values")


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    n_problems = 0
    for column in ["id", *SCHEMA, "region"]:
        if column not in policies.columns:
            n_problems += 1
        else:
            n_problems += int(policies[column].isna().sum())
    if "id" in policies.columns:
        n_problems += int(policies["id"].dropna().duplicated().sum())
    for column, (low, high, low_closed) in SCHEMA.items():
        if column not in policies.columns:
            continue
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            n_problems += len(values)
            continue
        values = values.dropna()
        inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
        n_problems += int((~inside).sum())
    if "region" in policies.columns:
        n_problems += int((~policies["region"].dropna().astype(str).isin(["urban", "suburban", "rural"])).sum())
    if n_problems:
        raise PolicyValidationError(f"{n_problems} problems in the book; {SCHEMA_TEXT}")
    return policies
