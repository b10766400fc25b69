from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.records import refuse_deletion

from .admin_views import ImportDocxLessonView
from .models import ReferenceDocument


class ReferenceDocumentViewSet(SnippetViewSet):
    model = ReferenceDocument
    icon = "doc-full"
    menu_label = _("Documents register")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["code", "kind", "date", "issuer", "title"]
    list_filter = ["kind"]
    search_fields = ["code", "title", "issuer"]
    ordering = ["-date", "code"]


register_snippet(ReferenceDocumentViewSet)


@hooks.register("register_admin_urls")
def register_docx_import_url():
    return [path("lessons/import-docx/", ImportDocxLessonView.as_view(), name="courses_import_docx")]


@hooks.register("register_admin_menu_item")
def register_docx_import_menu_item():
    return MenuItem(
        _("Import a lesson from Word"),
        reverse("courses_import_docx"),
        icon_name="upload",
        order=260,
    )


@hooks.register("before_delete_page")
def keep_pages_holding_trainee_records(request, page):
    """A course or lesson (or a page above them) that trainees have records in is not deleted."""
    return refuse_deletion(request, [page], reverse("wagtailadmin_explore", args=[page.get_parent().pk]))


@hooks.register("before_bulk_action")
def keep_pages_holding_trainee_records_in_bulk(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        back_to = get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root")
        return refuse_deletion(request, objects, back_to)
    return None
