# verdict: wrong
# misconception: right values, but writes into the frames it was given (no copy), so the caller's data lose their missing values
# feedback: changed the data frames it was given
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator."""
    fill = train[column].median()
    for frame in (train, test):
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(fill)
    return train, test
