# verdict: wrong
# misconception: counts |T*| > |T_obs| strictly, so exact ties are left out; right on continuous data, wrong on whole numbers
# feedback: ties were left out
# score: 2
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_permutations):
        perm = rng.permutation(pooled)
        if abs(perm[:a.size].mean() - perm[a.size:].mean()) > observed:
            count += 1
    return (count + 1) / (n_permutations + 1)
