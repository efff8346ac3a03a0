# verdict: correct
# misconception: copies with DataFrame.copy(deep=True), writes the indicator first as int8 with .loc and fills with Series.where; prints what it filled
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    median = float(train[column].dropna().median())
    outputs = []
    for frame in (train, test):
        new = frame.copy(deep=True)
        gaps = new[column].isna()
        new.loc[:, column + "_missing"] = gaps.astype("int8")
        new[column] = new[column].where(~gaps, median)
        print(f"filled {int(gaps.sum())} values with {median}")
        outputs.append(new)
    return tuple(outputs)
