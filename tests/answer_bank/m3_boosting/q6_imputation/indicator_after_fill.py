# verdict: wrong
# misconception: fills first and only then computes the indicator, which is therefore 0 everywhere
# feedback: computed after the gaps were filled
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator, in copies."""
    fill = train[column].median()
    train_out, test_out = train.copy(), test.copy()
    for frame in (train_out, test_out):
        frame[column] = frame[column].fillna(fill)
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
    return train_out, test_out
