# verdict: wrong
# misconception: picks the candidate with the highest accuracy, mean((p >= t) == fraud), ignoring what investigations and paid frauds cost
# feedback: that threshold maximises accuracy
# score: 0
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The candidate threshold with the best accuracy."""
    fraud = np.asarray(fraud, dtype=bool)
    p = np.asarray(p, dtype=float)
    accuracy = [np.mean((p >= t) == fraud) for t in candidates]
    return float(candidates[int(np.argmax(accuracy))])
