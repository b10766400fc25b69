"""A question bank as an Excel workbook (.xlsx), the way trainers keep banks: read it (``reading``, cell
by cell with ``cells``), write it and its template (``writing``); ``sheet`` holds what both share: the
sheets, the labels and the examples.

One question per row of the sheet *Câu hỏi*. Columns are found by their header, whatever the case,
diacritics, spacing or a note in brackets ("Trọng số A (%)"), in the first rows of the first sheet
that has them; their order does not matter and the optional ones may be left out.

| header | holds | when empty |
|---|---|---|
| Tiêu đề | a name, used only to point at the row in messages | |
| Nhóm câu hỏi | the category | no category |
| Loại câu hỏi | Một lựa chọn đúng / Nhiều lựa chọn đúng / Đúng / sai | worked out from the answer |
| Câu hỏi | the question (required) | |
| Phương án A … Z | the options, in order (the template has A … H) | Đúng / Sai for true/false |
| Đáp án đúng | the correct letter(s): "B", "A, C"; Đúng or Sai for true/false | from the weights |
| Trọng số A … (%) | Moodle weights | 100 for the one correct option; several correct options share 100 and the wrong ones share −100 |
| Phản hồi A … | the option's feedback | |
| Giải thích | the explanation | |
| Độ khó | Dễ / Trung bình / Khó | Trung bình |
| Bài học | the lesson that states the answer: its slug or its title | no link |
| Đoạn | its passage: the block id, or a link ending in ``#doan-<id>`` | the link goes to the lesson |

A text cell is plain text (a line break stays one, an empty line starts a paragraph); a question or
explanation cell with HTML tags is read as HTML and sanitised like GIFT's ``[html]``; tags in an
option or feedback cell are removed. Headers and the words of the lists (Một lựa chọn đúng, Dễ …) are the
file's own vocabulary, Vietnamese whatever the interface language, so that a file reads the same
for everyone; messages and the instructions sheet are translated.

The reader checks each row on its own (``rules.problems_with`` included) and returns
``(questions, problems)`` like the GIFT and Aiken parsers; lessons and passages are checked against
the course by ``quizzes.importing``.
"""
