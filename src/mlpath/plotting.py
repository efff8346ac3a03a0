"""One visual style for every figure in the course.

Call :func:`use_course_style` once at the top of a notebook. Colours come from the
Okabe-Ito palette, which stays distinguishable for the common forms of colour blindness
and in greyscale print.
"""

from __future__ import annotations

from typing import Final

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes

#: Okabe & Ito (2008), "Color Universal Design"; black is left out of the cycle.
PALETTE: Final[dict[str, str]] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "grey": "#7F7F7F",
}

_STYLE: Final[dict[str, object]] = {
    "axes.prop_cycle": mpl.cycler(color=list(PALETTE.values())),
    "figure.figsize": (7.5, 4.2),
    "figure.dpi": 110,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "lines.linewidth": 2.0,
    "hist.bins": 40,
}


def use_course_style() -> None:
    """Apply the course style to every figure drawn after this call.

    Examples
    --------
    >>> from mlpath.plotting import use_course_style
    >>> use_course_style()
    """
    mpl.rcParams.update(_STYLE)


def label(ax: Axes, title: str, xlabel: str, ylabel: str, *, note: str | None = None) -> Axes:
    """Give a figure its title, labelled axes (with units) and an optional source note.

    Every course figure says what it shows and in which units; this keeps that one line.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The axes to label.
    title : str
        What the reader should take away, e.g. ``"Claim sizes are right-skewed"``.
    xlabel, ylabel : str
        Axis labels, with units in brackets, e.g. ``"claim size [EUR]"``.
    note : str, optional
        A small grey note under the axes: the data source or the seed.

    Returns
    -------
    matplotlib.axes.Axes
        The same axes, for chaining.
    """
    if not title or not xlabel or not ylabel:
        raise ValueError("A course figure needs a title and both axis labels; pass all three.")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if note:
        text = ax.annotate(note, xy=(0, 0), xycoords="figure fraction", xytext=(6, 4),
                           textcoords="offset points", fontsize=8, color=PALETTE["grey"])
        # Outside the layout: a figure-corner note must not squeeze a panel of a constrained
        # multi-panel figure (matplotlib would collapse the axes to make room for it).
        text.set_in_layout(False)
    return ax


def new_figure(ncols: int = 1, *, width: float | None = None, height: float = 4.2
               ) -> tuple[plt.Figure, list[Axes]]:
    """Create a figure with ``ncols`` side-by-side axes in the course style.

    Parameters
    ----------
    ncols : int, default 1
        Number of panels in one row.
    width : float, optional
        Figure width in inches; defaults to 7.5 for one panel, 4.5 per panel otherwise.
    height : float, default 4.2
        Figure height in inches.

    Returns
    -------
    fig : matplotlib.figure.Figure
    axes : list of matplotlib.axes.Axes
        Always a list, even for one panel.
    """
    if ncols < 1:
        raise ValueError(f"ncols must be at least 1, got {ncols}.")
    use_course_style()
    fig, axes = plt.subplots(1, ncols, figsize=(width or (7.5 if ncols == 1 else 4.5 * ncols), height),
                             layout="constrained", squeeze=False)
    return fig, list(axes[0])
