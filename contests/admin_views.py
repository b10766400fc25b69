"""The organizers' pages of a round's results in the Wagtail admin: close it, rank it provisionally,
confirm or reopen its prizes, read the full ranking, the winners and the unit table, download them as
XLSX, read the fairness report and disqualify an entrant. An organizer sees the rounds of their own
organizing units' contests only; any other round is a 404, as a missing one."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import registry as log_registry

from training.dashboard.exports import XLSX_CONTENT_TYPE

from . import exports, fairness, ranking
from .models import Contest, Entrant, Round, Standing
from .results import round_results
from .units import collective_prizes, contest_units

RANKING_PAGE_SIZE = 50


def organized_contests(user):
    if user.is_superuser:
        return Contest.objects.all()
    return Contest.objects.filter(organizing_unit__organizers=user).distinct()


def organized_round(user, round_id):
    return get_object_or_404(
        Round.objects.filter(contest__in=organized_contests(user)).select_related("contest"), pk=round_id
    )


class ContestResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return organized_contests(request.user).exists()


class RoundMixin(WagtailAdminTemplateMixin):
    header_icon = "list-ol"

    def dispatch(self, request, round_id, **kwargs):
        self.round = organized_round(request.user, round_id)
        return super().dispatch(request, round_id, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("contests_rounds"), "label": _("Contest results")},
            {"url": reverse("contests_round", args=[self.round.pk]), "label": str(self.round)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(round=self.round, **kwargs)


class RoundsView(WagtailAdminTemplateMixin, TemplateView):
    """The rounds of the organizer's contests, the way into their results."""

    template_name = "contests/admin/rounds.html"
    page_title = gettext_lazy("Contest results")
    header_icon = "list-ol"

    def get_context_data(self, **kwargs):
        rounds = (
            Round.objects.filter(contest__in=organized_contests(self.request.user))
            .select_related("contest")
            .order_by("-contest__created_at", "contest_id", "sort_order", "pk")
        )
        return super().get_context_data(rounds=rounds, **kwargs)


class RoundView(RoundMixin, TemplateView):
    """A round's results for its organizers: where it stands, the actions, the winners, the units and
    the full ranking, page by page."""

    template_name = "contests/admin/round.html"

    def get_page_title(self):
        return str(self.round)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("contests_rounds"), "label": _("Contest results")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        standings = Standing.objects.filter(round=self.round).select_related("entrant", "unit")
        page = Paginator(standings.order_by("rank", "entry_id"), RANKING_PAGE_SIZE).get_page(
            self.request.GET.get("p")
        )
        ranked = page.paginator.count > 0
        return super().get_context_data(
            results=round_results(self.round) if ranked else None,
            ranking_page=page,
            ranked=ranked,
            provisional_count=(
                ranking.all_correct_count(self.round) if ranked and not self.round.closed_at else None
            ),
            history=log_registry.get_logs_for_instance(self.round).select_related("user")[:20],
            reopen_form=ReopenForm(),
            **kwargs,
        )


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for reopening"), widget=forms.Textarea(attrs={"rows": 2})
    )


ACTIONS = {
    "close": (
        lambda round, request: ranking.close_round(round, request.user),
        gettext_lazy("The round is closed and ranked."),
    ),
    "rank": (
        lambda round, request: ranking.provisional_ranking(round),
        gettext_lazy("The provisional ranking is computed. It is not public."),
    ),
    "rerank": (
        lambda round, request: ranking.recompute(round, request.user),
        gettext_lazy("The round is ranked again."),
    ),
    "confirm": (
        lambda round, request: ranking.confirm_prizes(round, request.user),
        gettext_lazy("The prizes are confirmed: the ranking is fixed."),
    ),
    "reopen": (
        lambda round, request: ranking.reopen_ranking(round, request.POST.get("reason", ""), request.user),
        gettext_lazy("The ranking is reopened."),
    ),
}


@require_POST
def round_action(request, round_id, action):
    round = organized_round(request.user, round_id)
    if action not in ACTIONS:
        raise Http404
    act, done = ACTIONS[action]
    try:
        act(round, request)
    except ranking.RankingRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, str(done))
    return redirect("contests_round", round.pk)


WORKBOOKS = {
    "ranking": (lambda round: exports.ranking_workbook(round), "xep-hang"),
    "winners": (lambda round: exports.winners_workbook(round), "danh-sach-doat-giai"),
    "units": (lambda round: exports.units_workbook(round, round_results(round).units), "don-vi"),
}


def round_export(request, round_id, kind):
    round = organized_round(request.user, round_id)
    workbook, name = WORKBOOKS[kind]
    response = HttpResponse(workbook(round), content_type=XLSX_CONTENT_TYPE)
    filename = f"{name}-{slugify(round.contest.name)[:40]}-{slugify(round.title)[:30]}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class FairnessView(RoundMixin, TemplateView):
    template_name = "contests/admin/fairness.html"
    header_icon = "warning"

    def get_page_title(self):
        return _("Fairness report")

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=fairness.report(self.round), **kwargs)


class DisqualifyForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the round's history; the entrant is ranked no more in this round."),
    )


class DisqualifyView(RoundMixin, FormView):
    template_name = "contests/admin/disqualify.html"
    form_class = DisqualifyForm
    header_icon = "cross"

    def dispatch(self, request, round_id, entrant_id):
        round = organized_round(request.user, round_id)
        self.entrant = get_object_or_404(
            Entrant.objects.select_related("unit"), pk=entrant_id, contest_id=round.contest_id
        )
        return super().dispatch(request, round_id, entrant_id=entrant_id)

    def get_page_title(self):
        return _("Disqualify %(name)s") % {"name": self.entrant.full_name}

    def form_valid(self, form):
        try:
            ranking.disqualify(self.round, self.entrant, form.cleaned_data["reason"], self.request.user)
        except ranking.RankingRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(
            self.request, _("%(name)s is disqualified from this round.") % {"name": self.entrant.full_name}
        )
        return redirect("contests_round", self.round.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(entrant=self.entrant, **kwargs)


class ContestUnitsView(WagtailAdminTemplateMixin, TemplateView):
    """The unit table of the whole contest, from its closed rounds."""

    template_name = "contests/admin/contest_units.html"
    header_icon = "group"

    def dispatch(self, request, contest_id):
        self.contest = get_object_or_404(organized_contests(request.user), pk=contest_id)
        return super().dispatch(request, contest_id)

    def get_page_title(self):
        return _("Units of %(contest)s") % {"contest": self.contest.name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("contests_rounds"), "label": _("Contest results")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        table = contest_units(self.contest)
        return super().get_context_data(
            contest=self.contest, units=table, collective=collective_prizes(table), **kwargs
        )
