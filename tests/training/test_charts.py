"""The dashboard's charts are self-contained, accessible SVG, whatever the figures."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import translation

from training.dashboard.charts import histogram_chart, timeline_chart, units_chart
from training.dashboard.figures import Figures, Status, UnitFigures

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    root = ET.fromstring(str(svg))
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    title, description = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {description.get('id')}"
    assert "href" not in str(svg) and "<script" not in str(svg)  # nothing fetched, nothing run
    return root, title.text, description.text


def test_the_histogram_names_its_largest_bin_and_marks_the_pass_mark():
    bins = [(10 * index, count) for index, count in enumerate([0, 0, 1, 0, 0, 2, 3, 12, 9, 4])]

    with translation.override("vi"):
        root, title, description = parse(histogram_chart("scores", bins, pass_mark=70))

    assert title == "Phân bố điểm"
    assert "31 học viên" in description and "70–80" in description
    assert len(root.findall(f"{SVG}rect")) == 10
    assert len(root.findall(f"{SVG}rect[@class='dvk-bar dvk-bar--pass']")) == 3


def test_coordinates_keep_a_dot_when_numbers_are_written_with_a_comma():
    with translation.override("vi"):
        svg = str(units_chart("units", [unit("Sở Y tế", completed=1, enrolled=3)]))

    assert "33,3%" in svg
    assert all("," not in rect.get("width") for rect in ET.fromstring(svg).iter(f"{SVG}rect"))


def test_empty_figures_draw_an_empty_chart_rather_than_fail():
    for svg in (
        histogram_chart("a", [(10 * index, 0) for index in range(10)]),
        timeline_chart("b", [(datetime.date(2026, 3, 2), 0, 0)], enrolled=0),
        timeline_chart("c", [], enrolled=0),
        units_chart("d", []),
    ):
        parse(svg)


def test_the_timeline_climbs_to_the_completions_so_far_under_the_line_of_the_enrolled():
    days = [(datetime.date(2026, 3, 2) + datetime.timedelta(days=n), n, sum(range(n + 1))) for n in range(5)]

    with translation.override("vi"):
        root, _title, description = parse(timeline_chart("t", days, enrolled=40))

    assert "02/03/2026" in description and "10" in description and "40" in description
    assert root.find(f"{SVG}polyline") is not None


def unit(name, completed, enrolled):
    figures = Figures()
    figures.add(Status.COMPLETED, False, None, completed, None)
    figures.add(Status.NOT_STARTED, False, None, enrolled - completed, None)
    return UnitFigures(name, figures)
