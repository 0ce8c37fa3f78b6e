"""Opens a docx in LibreOffice, optionally acts on it as a reviewer, saves it, and prints what it holds.

    docx.py IN.docx [OUT.docx] [--ops OPS.json]

OPS.json is a list of steps applied in order, e.g.
    [{"op": "author", "name": "Revisora Uno"},
     {"op": "track", "on": true},
     {"op": "comment", "find": "texto", "text": "¿Fuente?", "author": "Revisora Uno"},
     {"op": "replace", "find": "viejo", "text": "nuevo"},
     {"op": "insert-after", "find": "texto", "text": " añadido"},
     {"op": "delete", "find": "sobra"},
     {"op": "accept-all"}, {"op": "reject-all"}]
The dump (paragraphs, comments, redlines) of the document as it stands after the steps goes to stdout
as JSON. Without OUT.docx nothing is saved.
"""
import argparse
import json

import allas_uno as lo


def apply(ctx, doc, step):
    op = step["op"]
    if op == "author":
        lo.set_user_name(ctx, step["name"])
    elif op == "track":
        lo.track_changes(doc, step.get("on", True))
    elif op == "comment":
        lo.comment(doc, step["find"], step["text"], step.get("author", "Revisor"))
    elif op == "replace":
        lo.replace(doc, step["find"], step["text"])
    elif op == "insert-after":
        lo.insert_after(doc, step["find"], step["text"])
    elif op == "delete":
        lo.delete(doc, step["find"])
    elif op == "accept-all":
        lo.accept_all(ctx, doc)
    elif op == "reject-all":
        lo.reject_all(ctx, doc)
    else:
        raise ValueError("unknown op: " + op)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output", nargs="?")
    parser.add_argument("--ops")
    args = parser.parse_args()
    steps = []
    if args.ops:
        with open(args.ops, encoding="utf-8") as f:
            steps = json.load(f)

    ctx = lo.connect()
    doc = lo.open_doc(ctx, args.input)
    try:
        for step in steps:
            apply(ctx, doc, step)
        if args.output:
            lo.save_docx(doc, args.output)
        lo.print_json(lo.dump(doc))
    finally:
        lo.close(doc)


if __name__ == "__main__":
    main()
