# verdict: wrong
# misconception: fills the missing values with 0, which a GLM reads as a real value ("drives 0 km"), with a correct indicator
# feedback: missing values are filled with 0
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with 0 and add a missing indicator, in copies."""
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(0)
    return train_out, test_out
