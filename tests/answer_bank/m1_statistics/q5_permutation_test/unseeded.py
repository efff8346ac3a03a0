# verdict: wrong
# misconception: ignores `seed` (np.random.permutation from the global generator): right p-value, not reproducible
# feedback: returned two different results
# score: 2
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_permutations):
        perm = np.random.permutation(pooled)
        count += abs(perm[:a.size].mean() - perm[a.size:].mean()) >= observed
    return (1 + count) / (1 + n_permutations)
