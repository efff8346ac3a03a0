# verdict: correct
# misconception: vectorised: a (thresholds x claims) boolean matrix p >= t by broadcasting, costs summed along the claims
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The cheapest candidate threshold, all thresholds at once."""
    fraud = np.asarray(fraud, dtype=bool)
    p = np.asarray(p, dtype=float)
    t = np.asarray(candidates, dtype=float)
    flagged = p[None, :] >= t[:, None]
    cost = cost_investigation * flagged.sum(axis=1) + loss_per_fraud * (~flagged & fraud[None, :]).sum(axis=1)
    return float(t[np.argmin(cost)])
