# verdict: correct
# misconception: scipy.stats.permutation_test on the statistic |mean(a) - mean(b)| with alternative="greater", which is the (1 + count) / (1 + n) formula
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Two-sided permutation-test p-value, with scipy."""
    def abs_diff(x, y, axis):
        return np.abs(np.mean(x, axis=axis) - np.mean(y, axis=axis))

    result = stats.permutation_test((np.asarray(a, dtype=float), np.asarray(b, dtype=float)), abs_diff,
                                    permutation_type="independent", vectorized=True,
                                    n_resamples=n_permutations, alternative="greater",
                                    rng=np.random.default_rng(seed))
    return float(result.pvalue)
