# verdict: correct
# misconception: a loop of n_boot resamples, each drawn once with rng.integers and used for BOTH models' scikit-learn mean_poisson_deviance
from sklearn.metrics import mean_poisson_deviance


def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B on the course's split, with a paired bootstrap interval."""
    train, test = holdout_split(policies)
    y = test["nclaims"].to_numpy(dtype=float)
    mu_a = np.asarray(fit_predict_a(train, test), dtype=float)
    mu_b = np.asarray(fit_predict_b(train, test), dtype=float)
    difference = mean_poisson_deviance(y, mu_a) - mean_poisson_deviance(y, mu_b)
    rng = np.random.default_rng(seed)
    differences = []
    for _ in range(n_boot):
        rows = rng.integers(0, len(y), len(y))
        differences.append(mean_poisson_deviance(y[rows], mu_a[rows]) - mean_poisson_deviance(y[rows], mu_b[rows]))
    low, high = np.percentile(differences, [2.5, 97.5])
    return {"difference": float(difference), "low": float(low), "high": float(high)}
