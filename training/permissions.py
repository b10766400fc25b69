from wagtail.permission_policies import ModelPermissionPolicy

from .models import Certificate, Enrollment, OrganizingUnit, TrainingClass


class TrainingClassPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the classes a user may see: their units' (organizers) or the
    ones they teach (trainers)."""

    def visible_classes(self, user):
        return TrainingClass.objects.visible_to(user)

    def class_of(self, instance):
        return instance

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.visible_classes(user).filter(pk=self.class_of(instance).pk).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(pk__in=self.visible_instances(user))

    def visible_instances(self, user):
        return self.visible_classes(user).values("pk")


class EnrollmentPermissionPolicy(TrainingClassPermissionPolicy):
    def class_of(self, instance):
        return instance.training_class

    def visible_instances(self, user):
        return Enrollment.objects.filter(training_class__in=self.visible_classes(user)).values("pk")


class CertificatePermissionPolicy(EnrollmentPermissionPolicy):
    def class_of(self, instance):
        return instance.enrollment.training_class

    def visible_instances(self, user):
        return Certificate.objects.filter(enrollment__training_class__in=self.visible_classes(user)).values(
            "pk"
        )


class OrganizingUnitPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the objects of the user's own organizing units, reached from the
    model by ``unit_path``."""

    unit_path = "organizing_unit"

    def units(self, user):
        return (
            OrganizingUnit.objects.all()
            if user.is_superuser
            else OrganizingUnit.objects.filter(organizers=user)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(**{f"{self.unit_path}__in": self.units(user)})
