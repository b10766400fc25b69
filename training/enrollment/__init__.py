"""How trainees come into a class: by its code (``class_code``), or from an organizer's spreadsheet
(``roster`` reads it, ``importing`` enrols its rows, ``import_views`` is the upload, preview and
confirmation in the admin)."""
