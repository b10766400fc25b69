"""The contests' public and entrants' pages, under /cuoc-thi/."""

from django.urls import path

from . import results_views

app_name = "contests"

urlpatterns = [
    path("tuan/<int:round_id>/ket-qua/", results_views.round_results_page, name="round_results"),
]
