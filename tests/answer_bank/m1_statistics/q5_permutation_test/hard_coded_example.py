# verdict: wrong
# misconception: hard-coded to the worked example: returns 0.017 whatever the samples
# feedback: worked example's answer
# score: 0
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    return 0.017
