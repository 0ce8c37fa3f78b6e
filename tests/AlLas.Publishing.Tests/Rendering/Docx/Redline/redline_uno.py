"""Reads several docx files in one LibreOffice session, each as it stands, with every tracked change
accepted, or with every tracked change rejected.

    redline_uno.py JOBS.json

JOBS.json is a list of {"file": PATH, "step": "none" | "accept-all" | "reject-all" |
"accept-all-update-indexes"}. Prints, one JSON list, for each job: the body's paragraphs (table cells
row by row), the footnotes' text, the comments (author, content, anchor), the number of tracked
changes left and the text of each index (table of contents). Fields are recomputed first; with
accept-all-update-indexes the indexes are also rebuilt from the headings, as a reader asking
Writer to update the table of contents would.
"""
import json
import sys

import allas_uno as lo


def footnotes(doc):
    notes = doc.getFootnotes()
    return [notes.getByIndex(i).getString() for i in range(notes.getCount())]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    ctx = lo.connect()
    out = []
    for job in jobs:
        doc = lo.open_doc(ctx, job["file"])
        try:
            if job["step"] in ("accept-all", "accept-all-update-indexes"):
                lo.accept_all(ctx, doc)
            elif job["step"] == "reject-all":
                lo.reject_all(ctx, doc)
            # Rejecting changes makes Writer recompute cross-reference fields, which it writes
            # without Word's \* Lower switch; every file gets the same recomputation so that
            # they compare alike.
            doc.getTextFields().refresh()
            indexes = doc.getDocumentIndexes()
            if job["step"] == "accept-all-update-indexes":
                for i in range(indexes.getCount()):
                    indexes.getByIndex(i).update()
            out.append({
                "paragraphs": lo.paragraphs(doc),
                "footnotes": footnotes(doc),
                "comments": lo.comments(doc),
                "redlines": len(lo.redlines(doc)),
                "indexes": [indexes.getByIndex(i).getAnchor().getString() for i in range(indexes.getCount())],
            })
        finally:
            lo.close(doc)
    lo.print_json(out)


if __name__ == "__main__":
    main()
