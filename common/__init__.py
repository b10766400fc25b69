"""Helpers that several apps use and that belong to none: spreadsheets, uploads, text, phones, roles.

A plain package, not a Django app: it has no models of its own (``uploads.PendingImport`` is
abstract), no URLs and no templates.
"""
