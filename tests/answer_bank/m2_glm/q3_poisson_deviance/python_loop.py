# verdict: correct
# misconception: a plain Python loop with math.log, the y = 0 term written as mu
def mean_poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance, one policy at a time."""
    import math
    total, n = 0.0, 0
    for yi, mi in zip(y, mu):
        yi, mi = float(yi), float(mi)
        total += mi if yi == 0 else yi * math.log(yi / mi) - (yi - mi)
        n += 1
    return 2 * total / n
