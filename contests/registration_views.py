"""Registration for a contest, an entrant's sign-in by one-time code, and their details page.

Registration takes two steps: the form (validated, then kept in the session, nothing stored), then the
code sent to the phone; only the right code creates the account and the entrant (contests.registration).
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from training.client_address import client_address

from . import registration
from .models import Contest, Entrant, PhoneCode
from .phone_codes import CodeRefused, check_code, send_code
from .registration_forms import CodeForm, EntrantDetailsForm, PhoneForm, RegistrationForm

REGISTRATION_KEY = "contests.registration"
SIGN_IN_KEY = "contests.sign_in"


def contest_home_url(contest):
    """Where an entrant goes once registered or signed in: the contest's page, else their details."""
    if contest.page_id and contest.page.live:
        return contest.page.url
    return reverse("contests:entrant_details", args=[contest.pk])


def _account(request):
    return request.user if request.user.is_authenticated else None


def _resend(request, phone, purpose):
    try:
        send_code(phone, purpose, client_address(request))
    except CodeRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("A new code has been sent."))


@require_http_methods(["GET", "POST"])
def register(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    account = _account(request)
    if account is not None and Entrant.objects.filter(contest=contest, user=account).exists():
        messages.info(request, _("You are already registered for this contest."))
        return redirect(contest_home_url(contest))
    form = None
    if contest.registration_open:
        form = RegistrationForm(request.POST or None, contest=contest, account=account)
        if request.method == "POST" and form.is_valid():
            try:
                send_code(form.cleaned_data["phone"], PhoneCode.Purpose.REGISTER, client_address(request))
            except CodeRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                data = {key: value for key, value in request.POST.items() if key != "csrfmiddlewaretoken"}
                request.session[REGISTRATION_KEY] = {
                    "contest": contest.pk,
                    "data": data,
                    "consented_at": timezone.now().isoformat(),
                }
                return redirect("contests:register_confirm", contest.pk)
    return render(request, "contests/register.html", {"contest": contest, "form": form})


@require_http_methods(["GET", "POST"])
def register_confirm(request, contest_id):
    contest = get_object_or_404(Contest, pk=contest_id)
    pending = request.session.get(REGISTRATION_KEY)
    if not contest.registration_open or not pending or pending["contest"] != contest.pk:
        return redirect("contests:register", contest.pk)
    # Checked again: the unit may have gone, or the phone been registered, since step one.
    details = RegistrationForm(pending["data"], contest=contest, account=_account(request))
    if not details.is_valid():
        return render(request, "contests/register.html", {"contest": contest, "form": details})
    phone = details.cleaned_data["phone"]
    if "resend" in request.POST:
        _resend(request, phone, PhoneCode.Purpose.REGISTER)
        return redirect("contests:register_confirm", contest.pk)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            phone_code = check_code(phone, PhoneCode.Purpose.REGISTER, form.cleaned_data["code"])
            registration.register(
                request,
                contest,
                details.cleaned_data,
                phone_code,
                consented_at=parse_datetime(pending["consented_at"]),
                address=client_address(request),
            )
        except CodeRefused as refusal:
            form.add_error("code", str(refusal))
        except registration.AlreadyRegistered:
            request.session.pop(REGISTRATION_KEY, None)
            messages.error(request, _("This phone number is already registered for this contest."))
            return redirect("contests:register", contest.pk)
        else:
            request.session.pop(REGISTRATION_KEY, None)
            messages.success(request, _("You are registered for %(contest)s.") % {"contest": contest.name})
            return redirect(contest_home_url(contest))
    context = {"contest": contest, "form": form, "phone": phone}
    return render(request, "contests/register_code.html", context)


def _next_url(request, source):
    url = source.get("next", "")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return url
    return ""


@require_http_methods(["GET", "POST"])
def sign_in(request):
    next_url = _next_url(request, request.POST or request.GET)
    form = PhoneForm(request.POST or None)
    password_account = False
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        account = registration.account_with_phone(phone)
        if account is None or not Entrant.objects.filter(user=account).exists():
            form.add_error("phone", _("No entrant is registered with this phone number."))
        elif not registration.signs_in_by_code(account):
            password_account = True
            form.add_error("phone", _("This account signs in with its password, not with a code."))
        else:
            try:
                send_code(phone, PhoneCode.Purpose.SIGN_IN, client_address(request))
            except CodeRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                request.session[SIGN_IN_KEY] = {"phone": phone, "next": next_url}
                return redirect("contests:sign_in_confirm")
    context = {"form": form, "next": next_url, "password_account": password_account}
    return render(request, "contests/sign_in.html", context)


@require_http_methods(["GET", "POST"])
def sign_in_confirm(request):
    pending = request.session.get(SIGN_IN_KEY)
    if not pending:
        return redirect("contests:sign_in")
    phone = pending["phone"]
    if "resend" in request.POST:
        _resend(request, phone, PhoneCode.Purpose.SIGN_IN)
        return redirect("contests:sign_in_confirm")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration.sign_in(
                request, check_code(phone, PhoneCode.Purpose.SIGN_IN, form.cleaned_data["code"])
            )
        except CodeRefused as refusal:
            form.add_error("code", str(refusal))
        else:
            next_url = _next_url(request, pending)
            request.session.pop(SIGN_IN_KEY, None)
            if next_url:
                return redirect(next_url)
            latest = (
                Entrant.objects.filter(user=request.user)
                .select_related("contest__page")
                .latest("registered_at")
            )
            return redirect(contest_home_url(latest.contest))
    return render(request, "contests/sign_in_code.html", {"form": form, "phone": phone})


@require_http_methods(["GET", "POST"])
def entrant_details(request, contest_id):
    """Thông tin dự thi: name, date of birth and unit, which the entrant may change until their first entry."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("contests:sign_in"))
    entrant = get_object_or_404(
        Entrant.objects.select_related("contest", "unit"), contest_id=contest_id, user=request.user
    )
    locked = entrant.entries.exists()
    form = None
    if not locked:
        form = EntrantDetailsForm(request.POST or None, instance=entrant, contest=entrant.contest)
        if request.method == "POST" and form.is_valid():
            # Only while there is still no entry, however close the first one comes.
            changed = Entrant.objects.filter(pk=entrant.pk, entries__isnull=True).update(
                full_name=form.cleaned_data["full_name"],
                birth_date=form.cleaned_data["birth_date"],
                unit=form.cleaned_data["unit"],
            )
            if changed:
                messages.success(request, _("Your details have been saved."))
            else:
                messages.error(request, _("Your details are locked: you have already taken a round."))
            return redirect("contests:entrant_details", entrant.contest_id)
    return render(
        request, "contests/entrant_details.html", {"entrant": entrant, "form": form, "locked": locked}
    )
