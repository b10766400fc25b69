"""The contests' public and entrants' pages, under /cuoc-thi/."""

app_name = "contests"

urlpatterns = []
