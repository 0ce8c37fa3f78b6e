namespace AlLas.Publishing.Rendering.Pdf;

/// <summary>
/// The LibreOffice Basic macro a conversion runs. Basic, because every LibreOffice has it (Python-UNO
/// is a separate package on some systems). It exports once so that the whole document is laid out,
/// asks a page reference to each entry's bookmark for the page as printed, writes those numbers into
/// the table of contents (entries and their look stay as Word has them), and exports again.
/// </summary>
internal static class ContentsPagesMacro
{
    public const string Module = "AllasPdf";

    public const string Source = """
        REM Exports a Writer document to PDF after writing into its table of contents the page numbers of
        REM this layout: the entries stay as the document has them, only their numbers change.
        Sub ExportPdf(sourcePath As String, targetPath As String, reportPath As String)
            On Error GoTo Failed
            Dim doc As Object
            Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
            loadArgs(0).Name = "Hidden"
            loadArgs(0).Value = True
            doc = StarDesktop.loadComponentFromURL(ConvertToURL(sourcePath), "_blank", 0, loadArgs())
            Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
            storeArgs(0).Name = "FilterName"
            storeArgs(0).Value = "writer_pdf_Export"
            REM Pages are known once the whole document is laid out, images included, which exporting does.
            doc.storeToURL(ConvertToURL(targetPath), storeArgs())
            Dim updated As Long
            updated = UpdateContentsPages(doc)
            If updated > 0 Then doc.storeToURL(ConvertToURL(targetPath), storeArgs())
            doc.close(True)
            WriteReport(reportPath, "ok " & updated)
            Exit Sub
        Failed:
            WriteReport(reportPath, "error " & Err & ": " & Error$)
            On Error Resume Next
            If Not IsNull(doc) Then doc.close(True)
        End Sub

        REM Lays a Writer document out (by exporting it) and writes, one line per table-of-contents entry,
        REM the bookmark the entry links to and the page its heading is on, as printed: the numbers a Word
        REM file can carry in its contents so that it opens right.
        Sub ReportContentsPages(sourcePath As String, targetPath As String, reportPath As String)
            On Error GoTo Failed
            Dim doc As Object
            Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
            loadArgs(0).Name = "Hidden"
            loadArgs(0).Value = True
            doc = StarDesktop.loadComponentFromURL(ConvertToURL(sourcePath), "_blank", 0, loadArgs())
            Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
            storeArgs(0).Name = "FilterName"
            storeArgs(0).Value = "writer_pdf_Export"
            doc.storeToURL(ConvertToURL(targetPath), storeArgs())
            Dim entries(1000) As Object
            Dim targets(1000) As String
            Dim shown(1000) As String
            Dim count As Long
            count = ContentsPages(doc, entries(), targets(), shown())
            Dim report As String
            report = "ok " & count
            Dim i As Long
            For i = 0 To count - 1
                report = report & Chr(10) & targets(i) & Chr(9) & shown(i)
            Next i
            doc.close(True)
            WriteReport(reportPath, report)
            Exit Sub
        Failed:
            WriteReport(reportPath, "error " & Err & ": " & Error$)
            On Error Resume Next
            If Not IsNull(doc) Then doc.close(True)
        End Sub

        Function UpdateContentsPages(doc As Object) As Long
            Dim entries(1000) As Object
            Dim targets(1000) As String
            Dim shown(1000) As String
            Dim count As Long
            count = ContentsPages(doc, entries(), targets(), shown())
            Dim changed As Long
            changed = 0
            Dim i As Long
            For i = 0 To count - 1
                If SetPageNumber(entries(i), shown(i)) Then changed = changed + 1
            Next i
            UpdateContentsPages = changed
        End Function

        REM Each entry of a table of contents links to its heading's bookmark; a page reference to that
        REM bookmark, refreshed, says the page as the page itself shows it (roman or arabic, restarts included).
        REM Fills entries, targets and shown; returns how many entries there are.
        Function ContentsPages(doc As Object, entries() As Object, targets() As String, shown() As String) As Long
            Dim references(1000) As Object
            Dim count As Long
            count = 0
            Dim body As Object
            body = doc.getText()
            Dim indexes As Object
            indexes = doc.getDocumentIndexes()
            Dim i As Long
            For i = 0 To indexes.getCount() - 1
                Dim contents As Object
                contents = indexes.getByIndex(i)
                If contents.supportsService("com.sun.star.text.ContentIndex") Then
                    contents.IsProtected = False
                    Dim paragraphs As Object
                    paragraphs = body.createTextCursorByRange(contents.getAnchor()).createEnumeration()
                    Do While paragraphs.hasMoreElements() And count <= UBound(entries)
                        Dim paragraph As Object
                        paragraph = paragraphs.nextElement()
                        If paragraph.supportsService("com.sun.star.text.Paragraph") Then
                            Dim target As String
                            target = LinkedBookmark(paragraph)
                            If target <> "" Then
                                If doc.getBookmarks().hasByName(target) Then
                                    Dim reference As Object
                                    reference = doc.createInstance("com.sun.star.text.TextField.GetReference")
                                    reference.ReferenceFieldSource = com.sun.star.text.ReferenceFieldSource.BOOKMARK
                                    reference.SourceName = target
                                    reference.ReferenceFieldPart = com.sun.star.text.ReferenceFieldPart.PAGE
                                    body.insertTextContent(body.getEnd(), reference, False)
                                    entries(count) = paragraph
                                    targets(count) = target
                                    references(count) = reference
                                    count = count + 1
                                End If
                            End If
                        End If
                    Loop
                End If
            Next i
            doc.getTextFields().refresh()
            For i = 0 To count - 1
                shown(i) = references(i).getPresentation(False)
                body.removeTextContent(references(i))
            Next i
            ContentsPages = count
        End Function

        Function LinkedBookmark(paragraph As Object) As String
            LinkedBookmark = ""
            Dim portions As Object
            portions = paragraph.createEnumeration()
            Do While portions.hasMoreElements()
                Dim portion As Object
                portion = portions.nextElement()
                Dim link As String
                link = portion.HyperLinkURL
                If Left(link, 1) = "#" Then
                    LinkedBookmark = Mid(link, 2)
                    Exit Function
                End If
            Loop
        End Function

        REM The number after the entry's last tab becomes the page its heading is on.
        Function SetPageNumber(paragraph As Object, shown As String) As Boolean
            SetPageNumber = False
            Dim entryText As String
            entryText = paragraph.getString()
            Dim lastTab As Long
            Dim found As Long
            lastTab = 0
            found = InStr(entryText, Chr(9))
            Do While found > 0
                lastTab = found
                found = InStr(lastTab + 1, entryText, Chr(9))
            Loop
            If lastTab = 0 Then Exit Function
            Dim written As String
            written = Mid(entryText, lastTab + 1)
            If shown = "" Or shown = written Then Exit Function
            Dim numberRange As Object
            numberRange = paragraph.getText().createTextCursorByRange(paragraph.getEnd())
            numberRange.goLeft(Len(written), True)
            numberRange.setString(shown)
            SetPageNumber = True
        End Function

        Sub WriteReport(reportPath As String, message As String)
            Dim handle As Integer
            handle = FreeFile
            Open reportPath For Output As #handle
            Print #handle, message
            Close #handle
        End Sub
        """;
}
