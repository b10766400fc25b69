from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q

from .phones import normalize_phone


class UsernameEmailOrPhoneBackend(ModelBackend):
    """Sign in with a username, an e-mail address or a phone number.

    Trainees enrolled from a spreadsheet know their e-mail or phone, not a username.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        identifier = username.strip()
        lookup = Q(username__iexact=identifier) | Q(email__iexact=identifier)
        if phone := normalize_phone(identifier):
            lookup |= Q(phone=phone)
        candidates = list(get_user_model()._default_manager.filter(lookup)[:2])
        if len(candidates) != 1:
            # Unknown, or ambiguous (two accounts share an e-mail): run the hasher anyway so that
            # timing does not tell which.
            get_user_model()().set_password(password)
            return None
        user = candidates[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
