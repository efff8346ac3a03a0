# verdict: wrong
# misconception: fills with the training MEAN instead of the training median (pulled up by the long right tail of mileage)
# feedback: filled with the mean
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training mean and add a missing indicator, in copies."""
    fill = train[column].mean()
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(fill)
    return train_out, test_out
