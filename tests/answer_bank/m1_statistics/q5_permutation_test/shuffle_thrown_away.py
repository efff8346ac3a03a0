# verdict: wrong
# misconception: rng.permutation returns a shuffled copy that is thrown away: T* is computed on the unshuffled groups, so p = 1
# feedback: p = 1 means every permutation was as extreme as the data
# score: 0
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_permutations):
        rng.permutation(pooled)
        t_star = pooled[:len(a)].mean() - pooled[len(a):].mean()
        count += abs(t_star) >= observed
    return (1 + count) / (1 + n_permutations)
