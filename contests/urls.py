"""The contests' public and entrants' pages, under /cuoc-thi/."""

from django.urls import path

from . import registration_views, results_views

app_name = "contests"

urlpatterns = [
    path("<int:contest_id>/dang-ky/", registration_views.register, name="register"),
    path("<int:contest_id>/dang-ky/xac-nhan/", registration_views.register_confirm, name="register_confirm"),
    path("<int:contest_id>/thong-tin/", registration_views.entrant_details, name="entrant_details"),
    path("dang-nhap/", registration_views.sign_in, name="sign_in"),
    path("dang-nhap/xac-nhan/", registration_views.sign_in_confirm, name="sign_in_confirm"),
    path("tuan/<int:round_id>/ket-qua/", results_views.round_results_page, name="round_results"),
]
