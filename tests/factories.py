import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from training import roles

PASSWORD = "mat-khau-thu-2026"


def _join(role):
    def join(user, create, extracted, **kwargs):
        if extracted or role:
            user.groups.add(Group.objects.get(name=extracted or role))

    return factory.PostGeneration(join)


class UserFactory(factory.django.DjangoModelFactory):
    """A user; ``UserFactory(role=roles.TRAINER)`` puts them in a role's group."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.vn")
    password = factory.django.Password(PASSWORD)
    role = _join(None)


class TraineeFactory(UserFactory):
    role = _join(roles.TRAINEE)


class TrainerFactory(UserFactory):
    role = _join(roles.TRAINER)


class OrganizerFactory(UserFactory):
    role = _join(roles.ORGANIZER)
