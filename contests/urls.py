"""The contests' public and entrants' pages, under /cuoc-thi/."""

from django.urls import path

from . import views

app_name = "contests"

urlpatterns = [
    path("tuan-thi/<int:round_id>/vao-thi/", views.start, name="start"),
    path("bai-thi/<int:entry_id>/", views.entry_page, name="entry"),
    path("bai-thi/<int:entry_id>/tra-loi/", views.save_answer_view, name="entry_save_answer"),
    path("bai-thi/<int:entry_id>/han-nop/", views.entry_deadline, name="entry_deadline"),
    path("bai-thi/<int:entry_id>/ket-qua/", views.result_page, name="entry_result"),
]
