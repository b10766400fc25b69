import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
)
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from training import audit
from training.admin_scope import ScopedSnippetViewSet, visible
from training.permissions import OrganizingUnitPermissionPolicy

from . import admin_views, round_log
from .forms import ContestForm, EntrantForm
from .models import Contest, ContestUnit, Entrant

# --- Contests, their units and rounds, and the entrants' corrections (the contest admin) ------------


class EntrantPermissionPolicy(OrganizingUnitPermissionPolicy):
    """Entrants register themselves and their records stay: an organizer views and corrects them only."""

    unit_path = "contest__organizing_unit"

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)


def visible_contests(request):
    return visible(Contest, request.user) if request else Contest.objects.none()


def visible_units(request):
    return ContestUnit.objects.filter(contest__in=visible_contests(request))


class EntrantFilterSet(WagtailFilterSet):
    contest = django_filters.ModelChoiceFilter(label=_("contest"), queryset=visible_contests)
    unit = django_filters.ModelChoiceFilter(label=_("unit"), queryset=visible_units)

    class Meta:
        model = Entrant
        fields = ["contest", "unit"]


class ContestViewSet(ScopedSnippetViewSet):
    model = Contest
    icon = "pick"
    menu_label = _("Contests")
    list_select_related = ("organizing_unit",)
    list_display = [
        "name",
        "organizing_unit",
        BooleanColumn("registration_open", label=_("registration is open")),
        "created_at",
    ]
    list_filter = ["organizing_unit", "registration_open"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("organizing_unit", widget=forms.Select)]),
            PageChooserPanel("page", page_type="contests.ContestPage"),
            MultiFieldPanel(
                [FieldPanel("registration_open"), FieldPanel("consent_purpose")], heading=_("Registration")
            ),
            InlinePanel(
                "units",
                heading=_("Participating units"),
                label=_("Participating unit"),
                panels=[FieldRowPanel([FieldPanel("name"), FieldPanel("headcount")])],
            ),
            InlinePanel(
                "rounds",
                heading=_("Rounds"),
                label=_("Round"),
                panels=[
                    FieldPanel("title"),
                    FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                    MultiFieldPanel(
                        [
                            FieldPanel("course", widget=forms.Select),
                            FieldPanel("category", widget=forms.Select),
                            FieldPanel("questions_drawn"),
                            FieldPanel("questions"),
                        ],
                        heading=_("Questions"),
                    ),
                    FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("tries_allowed")]),
                    FieldPanel("prediction_question"),
                    FieldRowPanel(
                        [
                            FieldPanel("first_prizes"),
                            FieldPanel("second_prizes"),
                            FieldPanel("third_prizes"),
                            FieldPanel("consolation_prizes"),
                        ],
                        heading=_("Prizes"),
                    ),
                    FieldRowPanel(
                        [FieldPanel("certificates"), FieldPanel("certificate_score")],
                        heading=_("Certificates"),
                    ),
                ],
            ),
        ],
        base_form_class=ContestForm,
    )


class EntrantViewSet(ScopedSnippetViewSet):
    """The entrants of the contests an organizer may see; an edit is a correction, logged field by field."""

    model = Entrant
    icon = "user"
    menu_label = _("Entrants")
    list_select_related = ("contest", "unit")
    list_display = [
        "full_name",
        "phone",
        "birth_date",
        "unit",
        Column("contest", label=_("contest")),
        "registered_at",
    ]
    filterset_class = EntrantFilterSet
    search_fields = ["full_name", "phone"]
    edit_handler = ObjectList(
        [
            FieldPanel("contest", read_only=True),
            FieldPanel("phone", read_only=True),
            FieldPanel("full_name"),
            FieldPanel("birth_date"),
            FieldPanel("unit"),
        ],
        base_form_class=EntrantForm,
    )


class ContestViewSetGroup(SnippetViewSetGroup):
    items = (ContestViewSet, EntrantViewSet)
    menu_icon = "pick"
    menu_label = _("Contests")
    menu_order = 220


register_permission_policy(Contest, OrganizingUnitPermissionPolicy(Contest))
register_permission_policy(Entrant, EntrantPermissionPolicy(Entrant))
register_snippet(ContestViewSetGroup)


@hooks.register("register_actions")
def record_entrant_corrections(registry):
    registry.register(Entrant, audit.RecordedEditAction)


@hooks.register("before_delete_snippet", order=-1)  # before training.records' general refusal
def keep_contests_with_entrants(request, instances):
    """A contest that entrants registered for is kept (the database protects them): say so, not a 500."""
    held = [
        (contest, count)
        for contest in instances
        if isinstance(contest, Contest) and (count := contest.entrants.count())
    ]
    if not held:
        return None
    for contest, count in held:
        messages.error(
            request,
            ngettext(
                "“%(contest)s” cannot be deleted: %(count)s entrant has registered for it. Close its registration instead.",
                "“%(contest)s” cannot be deleted: %(count)s entrants have registered for it. Close its registration instead.",
                count,
            )
            % {"contest": contest, "count": count},
        )
    return redirect(
        get_valid_next_url_from_request(request) or reverse(Contest.snippet_viewset.get_url_name("list"))
    )


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
