# verdict: correct
# misconception: counts with np.searchsorted on the sorted probabilities instead of comparing every claim with every threshold; ties broken towards the smallest threshold
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The cheapest candidate threshold, counting with binary search."""
    fraud = np.asarray(fraud, dtype=bool)
    p = np.asarray(p, dtype=float)
    t = np.asarray(candidates, dtype=float)
    all_p = np.sort(p)
    fraud_p = np.sort(p[fraud])
    investigated = len(all_p) - np.searchsorted(all_p, t, side="left")   # #{p >= t}
    paid = np.searchsorted(fraud_p, t, side="left")                      # #{fraud and p < t}
    cost = cost_investigation * investigated + loss_per_fraud * paid
    best = cost.min()
    return float(min(tc for tc, c in zip(t, cost) if c == best))
