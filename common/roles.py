"""The three roles of the platform, as Django groups created and granted by data migrations.

Group names are what administrators see in the Wagtail admin, so they are Vietnamese.
``grant`` is written against migration-time models so that later migrations (classes, question
banks, certificates) add their permissions to the same groups the same way.
"""

from django.contrib.auth.management import create_permissions

TRAINEE = "Học viên"
TRAINER = "Giảng viên"
ORGANIZER = "Ban tổ chức"


def _permission(apps, label):
    """``"app_label.codename"`` → the Permission row, creating the app's permissions if needed."""
    app_label, codename = label.split(".")
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is None:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        found = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    return found


def grant(apps, role, permissions=(), page_permissions=(), collection_permissions=()):
    """Give ``role`` model permissions, page permissions on the whole page tree, and collection
    permissions on the root collection (for images and documents)."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=role)
    group.permissions.add(*(_permission(apps, label) for label in permissions))

    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for root in Page.objects.filter(depth=1):
        for label in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=_permission(apps, label)
            )

    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for root in Collection.objects.filter(depth=1):
        for label in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=_permission(apps, label)
            )
