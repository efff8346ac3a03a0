# verdict: wrong
# misconception: hard-coded to the worked example: fills with 11.7, the median of the notebook's TRAIN["mileage"], whatever the data
# feedback: worked example's median
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator, in copies."""
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(11.7)  # TRAIN["mileage"].median()
    return train_out, test_out
