# verdict: wrong
# misconception: scipy.stats.permutation_test with alternative="two-sided" on mean(a) - mean(b): the doubled smaller one-sided p-value, not the statement's count of |T*| >= |T_obs| (agrees on the example, twice too large on skewed unequal samples)
# feedback: twice the smaller one-sided p-value
# score: 0
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Two-sided permutation p-value, with scipy's default alternative."""
    def mean_difference(x, y, axis):
        return np.mean(x, axis=axis) - np.mean(y, axis=axis)

    result = stats.permutation_test((np.asarray(a, dtype=float), np.asarray(b, dtype=float)),
                                    mean_difference, permutation_type="independent", vectorized=True,
                                    n_resamples=n_permutations, rng=np.random.default_rng(seed))
    return float(result.pvalue)
