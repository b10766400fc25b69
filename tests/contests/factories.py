"""Contest factories: a contest, its units, rounds (open by default, ``closed=True`` for one whose time
is over), entrants, finished tries, and the contest's public page."""

import datetime

import factory
from django.utils import timezone

from contests.models import Contest, ContestPage, ContestUnit, Entrant, Entry, ReferenceLesson, Round
from tests.factories import CoursePageFactory, OrganizingUnitFactory, TraineeFactory, add_questions, site_home


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    name = factory.Sequence(lambda n: f"Cuộc thi trực tuyến tìm hiểu công tác dân vận {n}")
    organizing_unit = factory.SubFactory(OrganizingUnitFactory)
    consent_purpose = "Xác định người đoạt giải và liên hệ trao giải."


class ContestUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContestUnit

    contest = factory.SubFactory(ContestFactory)
    name = factory.Sequence(lambda n: f"Sở Nội vụ {n}")
    headcount = 100


class RoundFactory(factory.django.DjangoModelFactory):
    """An open round of three questions drawn from a course's bank of five (``bank=N`` for another
    size, ``bank=False`` for none); ``closed=True``: it opened a week ago and closed an hour ago."""

    class Meta:
        model = Round
        skip_postgeneration_save = True

    class Params:
        closed = factory.Trait(
            opens_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7)),
            closes_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    contest = factory.SubFactory(ContestFactory)
    title = factory.Sequence(lambda n: f"Tuần thi thứ {n + 1}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=6))
    course = factory.SubFactory(CoursePageFactory)
    questions_drawn = 3
    time_limit_minutes = 15
    tries_allowed = 1

    @factory.post_generation
    def bank(round, create, extracted, **kwargs):
        if create and extracted is not False:
            add_questions(round.course, extracted or 5)


class EntrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entrant

    contest = factory.SubFactory(ContestFactory)
    user = factory.SubFactory(TraineeFactory)
    unit = factory.LazyAttribute(lambda entrant: ContestUnitFactory(contest=entrant.contest))
    full_name = factory.LazyAttribute(lambda entrant: entrant.user.full_name)
    birth_date = datetime.date(1990, 5, 17)
    phone = factory.Sequence(lambda n: f"0912{n:06d}")
    consented_at = factory.LazyFunction(timezone.now)


class EntryFactory(factory.django.DjangoModelFactory):
    """A try submitted two hours ago at a closed round, with its score and no questions: for the pages
    that read only the figures (taking a round goes through ``contests.entries``)."""

    class Meta:
        model = Entry

    entrant = factory.SubFactory(EntrantFactory)
    round = factory.SubFactory(
        RoundFactory, closed=True, bank=False, contest=factory.SelfAttribute("..entrant.contest")
    )
    number = 1
    started_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=2, minutes=5))
    finished_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=2))
    ending = Entry.Ending.SUBMITTED
    score = 100
    prediction = 10


def contest_page(contest, rules="<p>Mỗi người dự thi được làm bài một lần mỗi tuần.</p>", lessons=()):
    """A live public page for ``contest`` under the site's home page, with ``lessons`` as references."""
    page = ContestPage(title=contest.name, slug=f"cuoc-thi-{contest.pk}", rules=rules)
    site_home().add_child(instance=page)
    for lesson in lessons:
        ReferenceLesson.objects.create(page=page, lesson=lesson)
    contest.page = page
    contest.save(update_fields=["page"])
    return page
