"""The organizers' dashboard: the figures (``figures``), its pages in the admin (``class_views`` for one
class, ``overview_views`` for all, ``home`` for the admin's home page, ``base`` what they share), the
workbook and CSV exports (``exports``) and the charts (``charts``)."""
