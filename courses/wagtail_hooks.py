from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import ImportDocxLessonView
from .document_access import may_download
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


@hooks.register("before_serve_document")
def serve_documents_to_their_readers(document, request):
    """A document is downloaded by those who may read a lesson that uses it (``document_access``);
    anyone else is asked to sign in, as on the lesson page, or, once signed in, told it is not there."""
    if may_download(request.user, document):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404
