# verdict: wrong
# misconception: repairs the book instead of refusing it: fills missing exposures with 1 year, ages with the median, regions with 'urban', then checks and returns the filled copy
# feedback: filled or dropped data silently
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


REGIONS = ["urban", "suburban", "rural"]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    policies = policies.copy()
    columns = ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]
    missing_columns = [c for c in columns if c not in policies.columns]
    if missing_columns:
        raise PolicyValidationError(f"missing columns: {missing_columns}")
    # fill the gaps so the book can still be priced
    fills = {"exposure": 1.0, "region": "urban"}
    for column in ["driver_age", "bonus_malus", "power"]:
        if pd.api.types.is_numeric_dtype(policies[column]):
            fills[column] = policies[column].median()
    for column, value in fills.items():
        if policies[column].isna().any():
            policies[column] = policies[column].fillna(value)
    problems = []
    if policies["id"].duplicated().any():
        problems.append(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    for column, low, high in [("driver_age", 18, 99), ("bonus_malus", 0, 22)]:
        if not pd.api.types.is_numeric_dtype(policies[column]):
            problems.append(f"{column}: not numeric")
        elif not policies[column].between(low, high).all():
            problems.append(f"{column}: {(~policies[column].between(low, high)).sum()} values outside [{low}, {high}]")
    bad = ~((policies["exposure"] > 0) & (policies["exposure"] <= 1))
    if bad.any():
        problems.append(f"exposure: {bad.sum()} values outside (0, 1]")
    if not (policies["power"] > 0).all():
        problems.append(f"power: {(policies['power'] <= 0).sum()} values not > 0")
    unknown = ~policies["region"].astype(str).isin(REGIONS)
    if unknown.any():
        problems.append(f"region: {unknown.sum()} unknown regions")
    if problems:
        raise PolicyValidationError("; ".join(problems))
    return policies
