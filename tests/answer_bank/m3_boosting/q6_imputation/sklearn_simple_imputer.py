# verdict: correct
# misconception: scikit-learn's SimpleImputer(strategy="median", add_indicator=True) fitted on the training column only, its two output columns written into copies
from sklearn.impute import SimpleImputer


def impute_for_glm(train: pd.DataFrame, test: pd.DataFrame, column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill ``column`` with the training median and add a missing indicator, in copies."""
    imputer = SimpleImputer(strategy="median", add_indicator=True).fit(train[[column]])
    imputed = []
    for frame in (train, test):
        filled = imputer.transform(frame[[column]])
        frame = frame.copy()
        frame[column] = filled[:, 0]
        frame[f"{column}_missing"] = filled[:, 1].astype(int)
        imputed.append(frame)
    return imputed[0], imputed[1]
