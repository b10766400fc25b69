"""Question banks in the files trainers bring: Moodle's GIFT and Aiken, and an Excel workbook.

Each reader returns ``(questions, problems)``: every question that can become a choice question of
the bank (a ``parsed.ParsedQuestion``), and one ``parsed.ImportProblem`` for each question that cannot
(that question is skipped). ``gift`` also writes GIFT; ``workbook`` reads and writes the .xlsx file and
its template. ``quizzes.importing`` checks what was read against the course and saves it.
"""
