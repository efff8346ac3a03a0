# verdict: wrong
# misconception: the indicator marks the DECLARED values (notna) instead of the missing ones
# feedback: the indicator is reversed
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator, in copies."""
    fill = train[column].median()
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[f"{column}_missing"] = frame[column].notna().astype(int)
        frame[column] = frame[column].fillna(fill)
    return train_out, test_out
