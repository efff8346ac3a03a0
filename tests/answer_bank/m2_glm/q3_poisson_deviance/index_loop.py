# verdict: wrong
# misconception: passes the visible example: loops with y[i] and mu[i], which on a pandas Series looks labels up, not positions, so a Series whose index is not 0..n-1 raises KeyError
# feedback: raised KeyError
# score: 0
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance, term by term."""
    total = 0.0
    for i in range(len(y)):
        if y[i] == 0:
            total += mu[i]
        else:
            total += y[i] * np.log(y[i] / mu[i]) - (y[i] - mu[i])
    return float(2 * total / len(y))
