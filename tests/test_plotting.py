"""The course style: every figure labelled, notes never squeeze a panel."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from mlpath.plotting import PALETTE, label, new_figure  # noqa: E402


def test_label_requires_title_and_both_axes() -> None:
    _, (ax,) = new_figure()
    with pytest.raises(ValueError, match="needs a title and both axis labels"):
        label(ax, "Claims", "", "count")


def test_note_on_a_multi_panel_figure_keeps_the_panels() -> None:
    fig, axes = new_figure(2)
    label(axes[0], "Left", "x [EUR]", "y")
    label(axes[1], "Right", "x [EUR]", "y", note="beMTPL97")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "axes sizes collapsed to zero" would fail here
        fig.canvas.draw()
    assert all(ax.get_position().width > 0.2 for ax in axes)


def test_palette_is_colour_blind_safe_okabe_ito() -> None:
    assert PALETTE["blue"] == "#0072B2" and PALETTE["vermillion"] == "#D55E00"
