from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed it commits; ``enrollment`` is the
# completed Enrollment. Certificates are issued from here.
enrollment_completed = Signal()

# Sent by ``load_demo`` inside its transaction, after the course, the accounts and the class, with
# ``course`` (the demo course): another app adds its own demo (contests) without training importing
# it. A receiver returns ``(what it created, for the report; lines for the list of demo sign-ins)``.
demo_loading = Signal()
