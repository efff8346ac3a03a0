# verdict: wrong
# misconception: passes the visible example (TEST's own median is 11.7 too): fills each frame with its own median, so the test set is filled with a statistic of the test data (leakage; a single new policy has no median)
# feedback: filled with its OWN median
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the median and add a missing indicator, in copies."""
    imputed = []
    for frame in (train, test):
        frame = frame.copy()
        frame[f"{column}_missing"] = frame[column].isna().astype(int)
        frame[column] = frame[column].fillna(frame[column].median())
        imputed.append(frame)
    return imputed[0], imputed[1]
