# verdict: wrong
# misconception: answers with Welch's t-test p-value instead of a permutation test (close on the example, not on skewed samples)
# feedback: t-test's p-value
# score: 0
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """p-value for a difference in means."""
    return float(stats.ttest_ind(a, b, equal_var=False).pvalue)
