# verdict: wrong
# misconception: one-sided p-value: counts T* >= T_obs (no absolute values); on the whole-number tie data of the details cell its T* >= T_obs counts the wrong tail too, so it loses both cells
# feedback: one-sided
# score: 0
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = a.mean() - b.mean()
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_permutations):
        perm = rng.permutation(pooled)
        count += perm[:len(a)].mean() - perm[len(a):].mean() >= observed
    return (1 + count) / (1 + n_permutations)
