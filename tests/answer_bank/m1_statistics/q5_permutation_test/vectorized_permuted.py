# verdict: correct
# misconception: all permutations at once with rng.permuted on a tiled matrix, vectorised NumPy
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Two-sided permutation-test p-value, vectorised."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    shuffled = rng.permuted(np.tile(pooled, (n_permutations, 1)), axis=1)
    t_star = shuffled[:, :a.size].mean(axis=1) - shuffled[:, a.size:].mean(axis=1)
    t_obs = a.mean() - b.mean()
    extreme = np.count_nonzero(np.abs(t_star) >= abs(t_obs))
    return (1 + extreme) / (1 + n_permutations)
