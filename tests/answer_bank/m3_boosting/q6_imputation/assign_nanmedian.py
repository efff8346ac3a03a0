# verdict: correct
# misconception: NumPy's nanmedian of the training values and DataFrame.assign, which returns new frames and leaves the inputs alone
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator, in new frames."""
    fill = np.nanmedian(train[column].to_numpy(dtype=float))

    def impute(frame):
        missing = frame[column].isna()
        return frame.assign(**{column: frame[column].where(~missing, fill),
                               f"{column}_missing": missing.astype(int)})

    return impute(train), impute(test)
