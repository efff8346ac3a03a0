# verdict: wrong
# misconception: a fresh random train_test_split for each model (seeds 0 and 1), so the models are trained and scored on different policies, and the two test means are compared unpaired
# feedback: Both models must be trained and tested on the same policies
# score: 0
from sklearn.model_selection import train_test_split


def fair_comparison(policies: pd.DataFrame, fit_predict_a, fit_predict_b, n_boot: int, seed: int) -> dict[str, float]:
    """Test deviance of model A minus model B, with a bootstrap interval."""
    rng = np.random.default_rng(seed)
    per_model = []
    for fit_predict, split_seed in [(fit_predict_a, 0), (fit_predict_b, 1)]:
        train, test = train_test_split(policies, test_size=0.2, random_state=split_seed)
        y = test["nclaims"].to_numpy(dtype=float)
        mu = np.asarray(fit_predict(train, test), dtype=float)
        per_model.append(2 * (np.where(y > 0, y * np.log(np.maximum(y, 1e-300) / mu), 0.0) - (y - mu)))
    dev_a, dev_b = per_model
    boots = [dev_a[rng.integers(0, len(dev_a), len(dev_a))].mean() - dev_b[rng.integers(0, len(dev_b), len(dev_b))].mean()
             for _ in range(n_boot)]
    low, high = np.percentile(boots, [2.5, 97.5])
    return {"difference": float(dev_a.mean() - dev_b.mean()), "low": float(low), "high": float(high)}
