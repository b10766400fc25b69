from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed it commits; ``enrollment`` is the
# completed Enrollment. Certificates are issued from here.
enrollment_completed = Signal()
