"""The dashboard's charts, drawn on the server as SVG: nothing to download, nothing to run in the browser.

Each chart is an image with a title and a one-sentence description for screen readers (the page puts
the same figures in a table beside it). Colours come from classes styled in training/css/dashboard.css,
so the charts follow the admin's light and dark themes.
"""

import math

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..templatetags.dashboard_tags import count as count_text
from ..templatetags.dashboard_tags import percent

WIDTH = 520
WIDE = 900
LABEL_CHARACTERS = 34


def histogram_chart(chart_id, bins, pass_mark=None):
    """Vertical bars: how many trainees have a result in each bin of ten points."""
    height, right, top, bottom = 300, 16, 28, 52
    top_value, ticks = _scale(max(count for _lower, count in bins))
    left = _left_margin(top_value)
    plot_width, plot_height = WIDTH - left - right, height - top - bottom
    band = plot_width / len(bins)
    parts = _grid(ticks, top_value, left, top, plot_width, plot_height)
    for index, (lower, count) in enumerate(bins):
        bar_height = plot_height * count / top_value
        x = left + index * band + band * 0.06
        y = top + plot_height - bar_height
        passing = pass_mark is not None and lower >= pass_mark
        label = _bin_label(lower)
        parts.append(
            format_html(
                '<rect class="dvk-bar{}" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
                " dvk-bar--pass" if passing else "",
                _n(x),
                _n(y),
                _n(band * 0.88),
                _n(bar_height),
                label,
                _trainees(count),
            )
        )
        if count:
            parts.append(_text(x + band * 0.44, y - 6, count_text(count), "dvk-value", anchor="middle"))
        parts.append(
            _text(left + index * band, top + plot_height + 18, str(lower), "dvk-tick", anchor="middle")
        )
    parts.append(_text(left + plot_width, top + plot_height + 18, "100", "dvk-tick", anchor="middle"))
    if pass_mark is not None:
        x = left + plot_width * pass_mark / 100
        parts.append(
            format_html(
                '<line class="dvk-target" x1="{}" y1="{}" x2="{}" y2="{}"/>',
                _n(x),
                _n(top - 14),
                _n(x),
                _n(top + plot_height),
            )
        )
        parts.append(
            _text(x + 4, top - 16, _("Pass mark %(mark)s%%") % {"mark": pass_mark}, "dvk-target-label")
        )
    parts.append(_text(left + plot_width / 2, height - 8, _("Score (%)"), "dvk-axis-title", anchor="middle"))
    parts.append(_axis_title_y(_("Trainees"), top + plot_height / 2))
    total = sum(count for _lower, count in bins)
    if total:
        lower, count = max(bins, key=lambda item: item[1])
        description = _(
            "Trainees by score, of %(total)s with a result; the most, %(count)s, scored %(bin)s."
        ) % {"total": count_text(total), "count": count_text(count), "bin": _bin_label(lower)}
    else:
        description = _("No trainee has a quiz result yet.")
    return _svg(chart_id, height, _("Score histogram"), description, parts)


def timeline_chart(chart_id, timeline, enrolled):
    """The number of trainees who have completed, day by day, against the number enrolled."""
    height, right, top, bottom = 300, 24, 28, 52
    so_far = timeline[-1][2] if timeline else 0
    top_value, ticks = _scale(max(enrolled, so_far))
    left = _left_margin(top_value)
    plot_width, plot_height = WIDTH - left - right, height - top - bottom
    days = max(len(timeline) - 1, 1)

    def x_of(index):
        return left + plot_width * index / days

    def y_of(value):
        return top + plot_height - plot_height * value / top_value

    parts = _grid(ticks, top_value, left, top, plot_width, plot_height)
    if enrolled:
        parts += _enrolled_line(enrolled, left, left + plot_width, y_of(enrolled))
    parts += _completions_line(timeline, so_far, x_of, y_of, left + plot_width)
    parts += [
        _text(
            x_of(index),
            top + plot_height + 18,
            timeline[index][0].strftime("%d/%m"),
            "dvk-tick",
            anchor="middle",
        )
        for index in _date_ticks(len(timeline))
    ]
    parts.append(_axis_title_y(_("Trainees"), top + plot_height / 2))
    description = _timeline_description(timeline, so_far, enrolled)
    return _svg(chart_id, height, _("Completions over time"), description, parts)


def _enrolled_line(enrolled, x1, x2, y):
    return [
        format_html(
            '<line class="dvk-target" x1="{}" y1="{}" x2="{}" y2="{}"/>', _n(x1), _n(y), _n(x2), _n(y)
        ),
        _text(x1 + 4, y - 6, _("Enrolled: %(count)s") % {"count": count_text(enrolled)}, "dvk-target-label"),
    ]


def _completions_line(timeline, so_far, x_of, y_of, right_edge):
    """A step line (the count holds all day and rises at the next), the area under it and its last value."""
    points = []
    for index, (_day, _count, value) in enumerate(timeline):
        if points:
            points.append((x_of(index), points[-1][1]))
        points.append((x_of(index), y_of(value)))
    if len(points) == 1:
        points.append((right_edge, points[0][1]))
    if not points:
        return []
    line = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
    area = f"{_n(points[0][0])},{_n(y_of(0))} {line} {_n(points[-1][0])},{_n(y_of(0))}"
    label = ngettext("%(count)s completed", "%(count)s completed", so_far) % {"count": count_text(so_far)}
    return [
        format_html('<polygon class="dvk-area" points="{}"/>', area),
        format_html('<polyline class="dvk-line" points="{}"/>', line),
        _text(points[-1][0] - 4, points[-1][1] - 8, label, "dvk-value", anchor="end"),
    ]


def _timeline_description(timeline, so_far, enrolled):
    if not timeline:
        return _("No completion yet.")
    return _(
        "From %(first)s to %(last)s, completions rose from %(start)s to %(end)s of %(enrolled)s enrolled."
    ) % {
        "first": timeline[0][0].strftime("%d/%m/%Y"),
        "last": timeline[-1][0].strftime("%d/%m/%Y"),
        "start": count_text(timeline[0][2]),
        "end": count_text(so_far),
        "enrolled": count_text(enrolled),
    }


def units_chart(chart_id, units):
    """Horizontal bars: each unit's completion rate, in the order given (best first)."""
    row, left, right, top, bottom = 30, 260, 140, 8, 30
    height = top + bottom + row * max(len(units), 1)
    plot_width = WIDE - left - right
    parts = []
    for tick in (0, 25, 50, 75, 100):
        x = left + plot_width * tick / 100
        parts.append(
            format_html(
                '<line class="dvk-grid" x1="{}" y1="{}" x2="{}" y2="{}"/>',
                _n(x),
                top,
                _n(x),
                _n(height - bottom),
            )
        )
        parts.append(_text(x, height - bottom + 18, f"{tick}%", "dvk-tick", anchor="middle"))
    for index, unit in enumerate(units):
        y = top + index * row
        rate = unit.figures.completion_rate or 0
        name = unit.unit or _("(no unit given)")
        short = name if len(name) <= LABEL_CHARACTERS else name[: LABEL_CHARACTERS - 1] + "…"
        parts.append(
            format_html(
                '<text class="dvk-tick" x="{}" y="{}" text-anchor="end"><title>{}</title>{}</text>',
                left - 8,
                _n(y + row / 2 + 4),
                name,
                short,
            )
        )
        parts.append(
            format_html(
                '<rect class="dvk-bar dvk-bar--pass" x="{}" y="{}" width="{}" height="{}"/>',
                left,
                _n(y + 5),
                _n(plot_width * float(rate) / 100),
                row - 10,
            )
        )
        parts.append(
            _text(
                left + plot_width * float(rate) / 100 + 6,
                y + row / 2 + 4,
                f"{percent(rate)} ({count_text(unit.figures.completed)}/{count_text(unit.figures.enrolled)})",
                "dvk-value",
            )
        )
    if units:
        best, worst = units[0], units[-1]
        description = _(
            "Completion rate of %(count)s units, from %(best)s (%(best_rate)s) to %(worst)s (%(worst_rate)s)."
        ) % {
            "count": len(units),
            "best": best.unit or _("(no unit given)"),
            "best_rate": percent(best.figures.completion_rate or 0),
            "worst": worst.unit or _("(no unit given)"),
            "worst_rate": percent(worst.figures.completion_rate or 0),
        }
    else:
        description = _("No trainee is enrolled yet.")
    return _svg(chart_id, height, _("Completion rate by unit"), description, parts, width=WIDE)


def _svg(chart_id, height, title, description, parts, width=WIDTH):
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="dvk-chart__svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-title {}-desc"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        width,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        mark_safe("".join(parts)),  # every part is built with format_html
    )


def _grid(ticks, top_value, left, top, plot_width, plot_height):
    parts = []
    for tick in ticks:
        y = top + plot_height - plot_height * tick / top_value
        parts.append(
            format_html(
                '<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"/>',
                "dvk-axis" if tick == 0 else "dvk-grid",
                left,
                _n(y),
                _n(left + plot_width),
                _n(y),
            )
        )
        parts.append(_text(left - 8, y + 4, count_text(tick), "dvk-tick", anchor="end"))
    return parts


def _scale(largest):
    """The top of the axis and its ticks: a round number at or above ``largest``, in at most five steps."""
    if largest <= 5:
        top = max(largest, 1)
        return top, list(range(top + 1))
    rough = largest / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(multiple * magnitude for multiple in (1, 2, 2.5, 5, 10) if multiple * magnitude >= rough)
    step = int(step) if step >= 1 else 1
    top = math.ceil(largest / step) * step
    return top, list(range(0, top + 1, step))


def _date_ticks(count, most=7):
    """Indexes of at most ``most`` evenly spread days, the first and the last always among them."""
    if count <= most:
        return list(range(count))
    step = math.ceil((count - 1) / (most - 1))
    indexes = list(range(0, count - 1, step))
    if count - 1 - indexes[-1] < step / 2:
        indexes.pop()
    return [*indexes, count - 1]


def _bin_label(lower):
    return f"{lower}–{lower + 10}"


def _trainees(count):
    return ngettext("%(count)s trainee", "%(count)s trainees", count) % {"count": count_text(count)}


def _text(x, y, text, classname, anchor="start"):
    return format_html(
        '<text class="{}" x="{}" y="{}" text-anchor="{}">{}</text>', classname, _n(x), _n(y), anchor, text
    )


def _left_margin(top_value):
    """Room for the axis title and the widest tick label."""
    return 30 + 8 * len(count_text(top_value))


def _axis_title_y(text, middle):
    return format_html(
        '<text class="dvk-axis-title" transform="translate(14 {}) rotate(-90)" text-anchor="middle">{}</text>',
        _n(middle),
        text,
    )


def _n(value):
    """A coordinate, never localised: SVG wants a dot."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
