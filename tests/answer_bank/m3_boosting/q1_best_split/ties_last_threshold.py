# verdict: wrong
# misconception: passes the visible example: scans the thresholds with `>=`, so of two thresholds that tie for the largest reduction it keeps the LAST (larger) one, where the statement asks for the smaller
# feedback: asks for the SMALLER one
# score: 0
def best_split(x, y, exposure) -> tuple[float, float]:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(exposure, dtype=float)

    def part(mask):
        c, e = y[mask].sum(), w[mask].sum()
        return c * np.log(c / e) if c > 0 else 0.0

    total = part(np.ones(len(x), dtype=bool))
    vals = np.unique(x)
    best = (None, -np.inf)
    for a, b in zip(vals[:-1], vals[1:]):
        t = (a + b) / 2
        red = 2 * (part(x < t) + part(x >= t) - total)
        if red >= best[1]:
            best = (t, red)
    return best
