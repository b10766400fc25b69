"""The workflow "Duyệt bài giảng": trainers' changes wait for an organizer's approval.

It replaces Wagtail's default "Moderators approval" workflow and its Editors / Moderators groups,
so that the admin shows only the platform's three roles.
"""

from django.db import migrations

from common.roles import ORGANIZER

WORKFLOW = "Duyệt bài giảng"
TASK = "Ban tổ chức duyệt"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    Workflow.objects.exclude(name=WORKFLOW).update(active=False)
    GroupApprovalTask.objects.exclude(name=TASK).update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()

    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(name=TASK, defaults={"content_type": content_type, "active": True})
    task.groups.set([Group.objects.get(name=ORGANIZER)])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for root in Page.objects.filter(depth=1):
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_courseindexpage_coursepage_referencedocument_and_more"),
        ("training", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
