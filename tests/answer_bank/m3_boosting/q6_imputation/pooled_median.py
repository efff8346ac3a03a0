# verdict: wrong
# misconception: takes the median of train and test pooled together (pd.concat), so the test data leak into the fill value
# feedback: train and test together
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the median of all the data and add a missing indicator, in copies."""
    fill = pd.concat([train[column], test[column]]).median()
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(fill)
    return train_out, test_out
