from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_views, round_log

# ---- A round's results: closing, ranking, prizes, units, exports, fairness (contests.admin_views) ----

hooks.register("register_log_actions", round_log.register_log_actions)


@hooks.register("register_admin_urls")
def register_round_results_urls():
    round_url = "contests/rounds/<int:round_id>/"
    return [
        path("contests/results/", admin_views.RoundsView.as_view(), name="contests_rounds"),
        path(round_url, admin_views.RoundView.as_view(), name="contests_round"),
        path(f"{round_url}do/<slug:action>/", admin_views.round_action, name="contests_round_action"),
        re_path(
            r"^contests/rounds/(?P<round_id>\d+)/(?P<kind>ranking|winners|units)\.xlsx$",
            admin_views.round_export,
            name="contests_round_export",
        ),
        path(f"{round_url}fairness/", admin_views.FairnessView.as_view(), name="contests_round_fairness"),
        path(
            f"{round_url}disqualify/<int:entrant_id>/",
            admin_views.DisqualifyView.as_view(),
            name="contests_disqualify",
        ),
        path(
            "contests/<int:contest_id>/units/",
            admin_views.ContestUnitsView.as_view(),
            name="contests_contest_units",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_round_results_menu_item():
    return admin_views.ContestResultsMenuItem(
        _("Contest results"), reverse("contests_rounds"), icon_name="list-ol", order=215
    )
