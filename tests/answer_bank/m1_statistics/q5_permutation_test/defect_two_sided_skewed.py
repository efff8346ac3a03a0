# verdict: correct
# misconception: defect (issue 17, m1 q5): follows the statement's |T*| >= |T_obs| definition exactly, drawing group a's members as a random subset each time; on skewed, unequal samples the old reference (SciPy's doubled one-sided p) failed it
def permutation_p_value(a, b, n_permutations: int = 9999, seed: int = 0) -> float:
    """Two-sided permutation p-value: share of relabellings at least as extreme, +1 on both sides."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    n_a = len(a)
    t_obs = abs(a.mean() - b.mean())
    rng = np.random.default_rng(seed)
    at_least_as_extreme = 0
    for _ in range(n_permutations):
        in_a = np.zeros(len(pooled), dtype=bool)
        in_a[rng.choice(len(pooled), size=n_a, replace=False)] = True
        t_star = pooled[in_a].mean() - pooled[~in_a].mean()
        if abs(t_star) >= t_obs:
            at_least_as_extreme += 1
    return (at_least_as_extreme + 1) / (n_permutations + 1)
