"""Certificates: issuing them (``issuing``, with the Celery tasks in ``training.tasks``), what they print
(``content``) and their PDF (``pdf``), the kinds of certificate the site knows (``kinds``), and the pages
of trainees and the public (``views``) and of organizers (``admin_views``)."""
