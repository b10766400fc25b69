from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses import views as course_views
from quizzes import views as quiz_views

from .certificates import views as certificate_views
from .forms import SignInForm
from .health import healthz
from .views import mark_lesson_view, my_classes, public_media

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", auth_views.LoginView.as_view(authentication_form=SignInForm), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("lop-cua-toi/", my_classes, name="my_classes"),
    path("bai-hoc/<int:lesson_id>/da-hoc/", mark_lesson_view, name="mark_lesson"),
    path("giay-chung-nhan/", certificate_views.my_certificates, name="my_certificates"),
    path(
        "giay-chung-nhan/trang-thai/<int:enrollment_id>/", certificate_views.status, name="certificate_status"
    ),
    path("giay-chung-nhan/<str:serial>/tai-ve/", certificate_views.download, name="certificate_download"),
    path("xac-minh/<str:code>/", certificate_views.verify, name="certificate_verify"),
    path("tra-cuu/", certificate_views.lookup, name="certificate_lookup"),
    path("lop/<str:code>/kiem-tra/", quiz_views.quiz_page, name="quiz_page"),
    path("lan-lam-bai/<int:pk>/", quiz_views.attempt_page, name="quiz_attempt"),
    path("lan-lam-bai/<int:pk>/tra-loi/", quiz_views.save_answer_view, name="quiz_save_answer"),
    path("lan-lam-bai/<int:pk>/han-nop/", quiz_views.attempt_deadline, name="quiz_attempt_deadline"),
    path("lan-lam-bai/<int:pk>/ket-qua/", quiz_views.review_page, name="quiz_review"),
    path("search/", course_views.search, name="search"),
    path("van-ban/", course_views.document_register, name="document_register"),
    path("van-ban/<int:pk>/", course_views.reference_document, name="reference_document"),
    path("cuoc-thi/", include("contests.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", public_media)]

urlpatterns += [path("", include(wagtail_urls))]
