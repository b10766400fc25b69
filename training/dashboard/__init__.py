"""The organizers' dashboard: the figures (``figures``), its pages in the admin (``views``), the
workbook and CSV exports (``exports``) and the charts (``charts``)."""
