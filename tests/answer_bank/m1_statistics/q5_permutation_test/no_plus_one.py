# verdict: wrong
# misconception: passes the visible example (and the main cell): no +1, p = count / n_permutations, which is exactly 0 when no permutation is as extreme
# feedback: a permutation p-value is never 0
# score: 2
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Permutation-test p-value for a difference in means."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    rng = np.random.default_rng(seed)
    diffs = np.empty(n_permutations)
    for i in range(n_permutations):
        perm = rng.permutation(pooled)
        diffs[i] = perm[:a.size].mean() - perm[a.size:].mean()
    return float(np.mean(np.abs(diffs) >= observed))
