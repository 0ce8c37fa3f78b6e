"""Plays a coordinator reviewing a draft in LibreOffice Writer, then saves it as docx.

    reviewer.py IN.docx OUT.docx --ops OPS.json

OPS.json is a list of steps applied in order. Besides the steps of docx.py (author, track, comment,
replace, insert-after, delete), it knows:
    {"op": "comment-across", "from": "first words", "to": "last words", "text": "...", "author": "..."}
        a comment whose range runs from the start of `from` to the end of `to` (two paragraphs, say);
    {"op": "split", "after": "text"}
        presses Enter right after the first occurrence of `text` (a paragraph split);
    {"op": "comment", "find": "...", "in-table": true, ...}
        a comment on text found inside a table cell only;
    {"op": "insert-before", "find": "text", "text": "..."}
        types text right before the first occurrence of `find` (right after a field, say);
    {"op": "format", "find": "text", "bold": true, "italic": true, "underline": true}
        sets bold, italic or underline on the first occurrence of `find`, as the toolbar buttons do;
    {"op": "new-paragraph", "after": "text", "text": "..."}
        presses Enter at the end of the paragraph holding `after` and types a new paragraph;
    {"op": "delete-paragraph", "find": "text"}
        removes the paragraph holding `find`, with the paragraph mark before it;
    {"op": "join", "find": "text"}
        deletes the paragraph mark at the end of the paragraph holding `find` (two paragraphs joined);
    {"op": "delete-row", "cell": "text"}
        deletes the table row whose cell reads `cell`, as Table > Delete > Rows does;
    {"op": "insert-row", "after-cell": "text", "cells": ["a", "b"]}
        inserts a row below the row whose cell reads `after-cell` and types the cells' text.
"from", "to", "after" and "find" may be followed by "from-skip", "to-skip", "after-skip": how many earlier
occurrences to pass over (the table of contents repeats the headings).
Prints the dump of docx.py (paragraphs, comments, redlines) of the document as saved.
"""
import argparse
import json

import allas_uno as lo
import docx as steps
from com.sun.star.awt.FontSlant import ITALIC
from com.sun.star.awt.FontUnderline import SINGLE
from com.sun.star.awt.FontWeight import BOLD
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def find_in_tables(doc, text):
    tables = doc.getTextTables()
    for i in range(tables.getCount()):
        table = tables.getByIndex(i)
        for name in table.getCellNames():
            cell = table.getCellByName(name)
            content = cell.getString()
            at = content.find(text)
            if at < 0:
                continue
            cursor = cell.createTextCursor()
            cursor.gotoStart(False)
            cursor.goRight(at, False)
            cursor.goRight(len(text), True)
            return cursor
    raise LookupError("text not found in any table: " + text)


def find(doc, text, skip=0):
    found = lo.find(doc, text)
    for _ in range(skip):
        search = doc.createSearchDescriptor()
        search.SearchString = text
        search.SearchCaseSensitive = True
        found = doc.findNext(found.getEnd(), search)
        if found is None:
            raise LookupError("not enough occurrences of: " + text)
    return found


def cell_named(doc, text):
    """The table and the name of the first cell whose whole text is `text`."""
    tables = doc.getTextTables()
    for i in range(tables.getCount()):
        table = tables.getByIndex(i)
        for name in table.getCellNames():
            if table.getCellByName(name).getString() == text:
                return table, name
    raise LookupError("no table cell reads: " + text)


def row_of(name):
    return int("".join(c for c in name if c.isdigit())) - 1


def annotate(doc, target, content, author):
    field = doc.createInstance("com.sun.star.text.textfield.Annotation")
    field.Author = author
    field.Content = content
    recording = doc.getPropertyValue("RecordChanges")
    doc.setPropertyValue("RecordChanges", False)
    target.getText().insertTextContent(target, field, True)
    doc.setPropertyValue("RecordChanges", recording)


def apply(ctx, doc, step):
    op = step["op"]
    if op == "comment" and step.get("in-table"):
        annotate(doc, find_in_tables(doc, step["find"]), step["text"], step.get("author", "Revisor"))
    elif op == "comment-across":
        start = find(doc, step["from"], step.get("from-skip", 0))
        end = find(doc, step["to"], step.get("to-skip", 0))
        cursor = start.getText().createTextCursorByRange(start.getStart())
        cursor.gotoRange(end.getEnd(), True)
        annotate(doc, cursor, step["text"], step.get("author", "Revisor"))
    elif op == "insert-before":
        target = find(doc, step["find"], step.get("find-skip", 0))
        target.collapseToStart()
        target.getText().insertString(target, step["text"], False)
    elif op == "format":
        target = find(doc, step["find"], step.get("find-skip", 0))
        if step.get("bold"):
            target.setPropertyValue("CharWeight", BOLD)
        if step.get("italic"):
            target.setPropertyValue("CharPosture", ITALIC)
        if step.get("underline"):
            target.setPropertyValue("CharUnderline", SINGLE)
    elif op == "new-paragraph":
        target = find(doc, step["after"], step.get("after-skip", 0))
        cursor = target.getText().createTextCursorByRange(target.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.getText().insertString(cursor, step["text"], False)
    elif op == "delete-paragraph":
        target = find(doc, step["find"], step.get("find-skip", 0))
        cursor = target.getText().createTextCursorByRange(target.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.goLeft(1, False)
        end = target.getText().createTextCursorByRange(target.getEnd())
        end.gotoEndOfParagraph(False)
        cursor.gotoRange(end.getEnd(), True)
        cursor.setString("")
    elif op == "join":
        target = find(doc, step["find"], step.get("find-skip", 0))
        cursor = target.getText().createTextCursorByRange(target.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.goRight(1, True)
        cursor.setString("")
    elif op == "delete-row":
        table, name = cell_named(doc, step["cell"])
        # Through the dispatcher, as the menu does: only then does Writer record the deletion.
        doc.getCurrentController().select(table.getCellByName(name).createTextCursor())
        lo.dispatch(ctx, doc, ".uno:DeleteRows")
    elif op == "insert-row":
        table, name = cell_named(doc, step["after-cell"])
        row = row_of(name) + 1
        table.getRows().insertByIndex(row, 1)
        columns = table.getColumns().getCount()
        for column, text in enumerate(step["cells"][:columns]):
            table.getCellByPosition(column, row).setString(text)
    elif op == "split":
        target = find(doc, step["after"], step.get("after-skip", 0))
        target.collapseToEnd()
        target.getText().insertControlCharacter(target, PARAGRAPH_BREAK, False)
    else:
        steps.apply(ctx, doc, step)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--ops", required=True)
    args = parser.parse_args()
    with open(args.ops, encoding="utf-8") as f:
        ops = json.load(f)

    ctx = lo.connect()
    doc = lo.open_doc(ctx, args.input)
    try:
        for step in ops:
            apply(ctx, doc, step)
        lo.save_docx(doc, args.output)
        lo.print_json(lo.dump(doc))
    finally:
        lo.close(doc)


if __name__ == "__main__":
    main()
