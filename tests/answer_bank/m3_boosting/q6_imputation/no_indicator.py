# verdict: wrong
# misconception: fills with the training median but adds no missing indicator, so the GLM cannot tell a declared median from an undeclared value
# feedback: add a 0/1 indicator of the missing values
# score: 0
def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median, in copies."""
    fill = train[column].median()
    return train.fillna({column: fill}), test.fillna({column: fill})
