"""Python-UNO helpers for tests that play a reviewer in LibreOffice Writer.

LibreOffice.RunUno (tests/AlLas.Publishing.Tests/Support/LibreOffice.cs) starts a private headless
soffice and passes its address in ALLAS_UNO_CONNECT; this folder is on PYTHONPATH, so a script can
`import allas_uno`. Run with /usr/bin/python3: it is the interpreter that has the uno module.
"""
import json
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

DOCX_FILTER = "MS Word 2007 XML"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(timeout=None):
    """The component context of the soffice named in ALLAS_UNO_CONNECT, waiting while it starts
    (on a loaded machine that can take more than a minute; ALLAS_UNO_CONNECT_TIMEOUT in seconds)."""
    address = os.environ["ALLAS_UNO_CONNECT"]
    if timeout is None:
        timeout = float(os.environ.get("ALLAS_UNO_CONNECT_TIMEOUT", "180"))
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve("uno:" + address + ";urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException while soffice is still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def desktop(ctx):
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def set_user_name(ctx, given, family=""):
    """The name LibreOffice stamps on tracked changes (comments take theirs from the field)."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def open_doc(ctx, path):
    doc = desktop(ctx).loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    return doc


def save_docx(doc, path):
    doc.storeToURL(url(path), (prop("FilterName", DOCX_FILTER), prop("Overwrite", True)))


def close(doc):
    doc.close(True)


def dispatch(ctx, doc, command):
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())


def accept_all(ctx, doc):
    dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")


def reject_all(ctx, doc):
    dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")


def track_changes(doc, on=True):
    doc.setPropertyValue("RecordChanges", on)


def find(doc, text):
    """The first range of the body holding text, or an error naming it."""
    search = doc.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise LookupError("text not found: " + text)
    return found


def comment(doc, text, content, author):
    """Anchors a comment on the first occurrence of text, as a reviewer selecting it would."""
    target = find(doc, text)
    field = doc.createInstance("com.sun.star.text.textfield.Annotation")
    field.Author = author
    field.Content = content
    # Word does not track a comment as an insertion; with recording on, Writer would.
    recording = doc.getPropertyValue("RecordChanges")
    doc.setPropertyValue("RecordChanges", False)
    target.getText().insertTextContent(target, field, True)
    doc.setPropertyValue("RecordChanges", recording)


def replace(doc, text, new_text):
    """Overwrites the first occurrence of text; with tracking on this is a deletion plus an insertion."""
    find(doc, text).setString(new_text)


def insert_after(doc, text, new_text):
    target = find(doc, text)
    target.collapseToEnd()
    target.getText().insertString(target, new_text, False)


def delete(doc, text):
    find(doc, text).setString("")


def paragraphs(doc):
    """Body paragraphs' text in order, table cells included row by row, as a reader would see them."""
    out = []

    def walk(text):
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            block = enum.nextElement()
            if block.supportsService("com.sun.star.text.TextTable"):
                for name in block.getCellNames():
                    walk(block.getCellByName(name))
            else:
                out.append(block.getString())

    walk(doc.getText())
    return out


def comments(doc):
    out = []
    enum = doc.getTextFields().createEnumeration()
    while enum.hasMoreElements():
        field = enum.nextElement()
        if field.supportsService("com.sun.star.text.textfield.Annotation"):
            anchor = field.getAnchor()
            out.append({"author": field.Author, "content": field.Content,
                        "anchor": anchor.getString() if anchor is not None else ""})
    return out


def redlines(doc):
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        out.append({"type": r.getPropertyValue("RedlineType"), "author": r.getPropertyValue("RedlineAuthor")})
    return out


def dump(doc):
    return {"paragraphs": paragraphs(doc), "comments": comments(doc), "redlines": redlines(doc)}


def print_json(value):
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
