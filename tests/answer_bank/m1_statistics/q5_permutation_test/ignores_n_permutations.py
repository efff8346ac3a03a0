# verdict: wrong
# misconception: passes the visible example (9,999 permutations): always makes 9,999 shuffles and divides by 10,000, whatever n_permutations says
# feedback: `n_permutations` is not used
# score: 2
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    shuffled = rng.permuted(np.tile(pooled, (9999, 1)), axis=1)
    diffs = shuffled[:, :len(a)].mean(axis=1) - shuffled[:, len(a):].mean(axis=1)
    return (1 + np.sum(np.abs(diffs) >= abs(a.mean() - b.mean()))) / 10000
