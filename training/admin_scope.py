"""One scope per admin viewset: what a user may see of a model is what its permission policy gives for
"view" (an organizer their units', a trainer the classes they teach). Every view the viewset makes
looks objects up only there: the listing and its exports, edit, inspect, usage, history, delete, copy,
the choosers and the bulk actions. Another unit's object is a 404, exactly as a missing one.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_list_or_404
from django.urls import reverse
from django.utils.functional import classproperty
from django.utils.translation import gettext as _
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TrainingClass


def visible(model, user):
    """The instances of ``model`` that ``user`` may see in the admin."""
    return policy_registry.get_by_type(model).instances_user_has_permission_for(user, "view")


def visible_or_404(model, user, pk):
    try:
        return visible(model, user).get(pk=unquote(str(pk)))
    except (model.DoesNotExist, ValueError, ValidationError) as error:
        raise Http404 from error


def managed_class(user, pk):
    """The training class ``pk``, if ``user`` may manage it (its unit's organizers): another unit's class
    is a 404, as a missing one; a class the user only sees (a trainer's) is a 403."""
    training_class = visible_or_404(TrainingClass, user, pk)
    policy = policy_registry.get_by_type(TrainingClass)
    if not policy.user_has_permission_for_instance(user, "change", training_class):
        raise PermissionDenied
    return training_class


class ManagedClassMixin:
    """An admin page about one class its organizers manage (``managed_class``), found under the classes."""

    def dispatch(self, request, pk):
        self.training_class = managed_class(request.user, pk)
        return super().dispatch(request, pk)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_training_trainingclass:list"), "label": _("Training classes")},
            {"url": "", "label": self.get_page_title()},
        ]


class ScopedObjectMixin:
    """A view that names an object in its URL answers 404 unless the user may see it, before it loads
    the object in its own way (each of Wagtail's views has its own)."""

    scoped_model = None

    def setup(self, request, *args, **kwargs):
        if "pk" in kwargs:
            visible_or_404(self.scoped_model, request.user, kwargs["pk"])
        super().setup(request, *args, **kwargs)


class ScopedChooserMixin(ScopedObjectMixin):
    def get_object_list(self):
        return super().get_object_list().filter(pk__in=visible(self.scoped_model, self.request.user))

    def get_objects(self, pks):
        return super().get_objects(pks).filter(pk__in=visible(self.scoped_model, self.request.user))


def scoped(view_class, mixin, model):
    return type(f"Scoped{view_class.__name__}", (mixin, view_class), {"scoped_model": model})


class ScopedChooserViewSet(SnippetChooserViewSet):
    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped(view_class, ScopedChooserMixin, self.model), **kwargs)


class ScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose every view sees only what ``visible`` gives."""

    chooser_viewset_class = ScopedChooserViewSet
    list_select_related = ()

    def get_queryset(self, request):
        return visible(self.model, request.user).select_related(*self.list_select_related)

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped(view_class, ScopedObjectMixin, self.model), **kwargs)


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Bulk deletion of scoped snippets: only visible objects are listed, counted or deleted."""

    @classproperty
    def models(cls):
        return [
            model for model in get_snippet_models() if isinstance(model.snippet_viewset, ScopedSnippetViewSet)
        ]

    def get_queryset(self, model, object_ids):
        return get_list_or_404(visible(model, self.request.user), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return visible(self.model, self.request.user).values_list("pk", flat=True)
