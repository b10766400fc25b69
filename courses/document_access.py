"""Who may download a document of Wagtail's library (``/documents/<id>/<file>``).

A document goes with the pages that use it, as Wagtail's reference index records them (download
blocks and links in rich text alike, from the published content of each page): a document that a
live lesson uses is for those who may read one such lesson; one that another live page (a public
page) uses is public; one that no live page uses is for the people who work in the admin only.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from .models import LessonPage


def may_download(user, document):
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    page_ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    }
    if not page_ids:
        return False
    pages_using = Page.objects.live().filter(pk__in=page_ids)
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    if pages_using.exclude(content_type=lesson_type).exists():
        return True
    return LessonPage.readable_by(user).filter(pk__in=page_ids).live().exists()
