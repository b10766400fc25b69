"""The contests' public and entrants' pages, under /cuoc-thi/."""

from django.urls import path

from . import registration_views, results_views, views

app_name = "contests"

urlpatterns = [
    path("<int:contest_id>/dang-ky/", registration_views.register, name="register"),
    path("<int:contest_id>/dang-ky/xac-nhan/", registration_views.register_confirm, name="register_confirm"),
    path("<int:contest_id>/thong-tin/", registration_views.entrant_details, name="entrant_details"),
    path("dang-nhap/", registration_views.sign_in, name="sign_in"),
    path("dang-nhap/xac-nhan/", registration_views.sign_in_confirm, name="sign_in_confirm"),
    path("tuan/<int:round_id>/ket-qua/", results_views.round_results_page, name="round_results"),
    path("tuan-thi/<int:round_id>/vao-thi/", views.start, name="start"),
    path("bai-thi/<int:entry_id>/", views.entry_page, name="entry"),
    path("bai-thi/<int:entry_id>/tra-loi/", views.save_answer_view, name="entry_save_answer"),
    path("bai-thi/<int:entry_id>/han-nop/", views.entry_deadline, name="entry_deadline"),
    path("bai-thi/<int:entry_id>/ket-qua/", views.result_page, name="entry_result"),
]
