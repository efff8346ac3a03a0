# verdict: correct
# misconception: pd.crosstab normalised to proportions: joint cell over the product of the margins
def lift(conditions: pd.DataFrame, a: str, b: str) -> float:
    """Lift of two conditions, from a normalised contingency table."""
    table = pd.crosstab(conditions[a].astype(bool), conditions[b].astype(bool), normalize=True)
    p_ab = table.loc[True, True]
    return float(p_ab / (table.loc[True].sum() * table[True].sum()))
