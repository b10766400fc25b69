"""Contest factories for the admin's tests (the lead merges them with the other parts' into
tests/factories.py)."""

import datetime

import factory
from django.utils import timezone

from tests.factories import CoursePageFactory, OrganizingUnitFactory, UserFactory


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contests.Contest"

    name = factory.Sequence(lambda n: f"Cuộc thi trực tuyến tìm hiểu công tác dân vận {n}")
    organizing_unit = factory.SubFactory(OrganizingUnitFactory)
    consent_purpose = "Để liên hệ trao giải và công bố kết quả."


class ContestUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contests.ContestUnit"

    contest = factory.SubFactory(ContestFactory)
    name = factory.Sequence(lambda n: f"Sở Nội vụ số {n}")
    headcount = 100


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contests.Round"

    contest = factory.SubFactory(ContestFactory)
    title = factory.Sequence(lambda n: f"Tuần thi thứ {n + 1}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    course = factory.SubFactory(CoursePageFactory)
    questions_drawn = 2


class EntrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contests.Entrant"

    contest = factory.SubFactory(ContestFactory)
    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(ContestUnitFactory, contest=factory.SelfAttribute("..contest"))
    full_name = factory.Sequence(lambda n: f"Trần Thị Dự Thi {n}")
    birth_date = datetime.date(1990, 5, 17)
    phone = factory.Sequence(lambda n: f"0912{n:06d}")
    consented_at = factory.LazyFunction(timezone.now)


class EntryFactory(factory.django.DjangoModelFactory):
    """A finished try with its score (no questions: the admin's tests read only the figures)."""

    class Meta:
        model = "contests.Entry"

    entrant = factory.SubFactory(EntrantFactory)
    round = factory.SubFactory(RoundFactory, contest=factory.SelfAttribute("..entrant.contest"))
    number = 1
    started_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=2, minutes=5))
    finished_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=2))
    ending = "submitted"
    score = 100
    prediction = 10
