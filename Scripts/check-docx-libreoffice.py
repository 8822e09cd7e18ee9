#!/usr/bin/python3
"""Checks DraftDiff .docx redlines in a real client: LibreOffice, headless, through UNO.

For each FILE.docx it opens the file (no repair prompt allowed), accepts every tracked change and
reads the text, reopens it, rejects every change and reads the text, and compares them with
FILE.new.txt and FILE.old.txt after whitespace normalisation. The text read is: body paragraphs
(typed labels such as "84.<tab>" removed; Word numbering is not text), table cells row by row, then a
line "=== footnotes ===", then the footnotes in order.

usage: check-docx-libreoffice.py FILE.docx [FILE.docx ...]
exit status: 0 when every file passes, 1 when one fails, 2 when LibreOffice cannot be started.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    # python3-uno is installed for the system's Python; another python3 first in PATH cannot see it.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.stderr.write("check-docx-libreoffice: python3-uno is missing; install it with:\n"
                     "  apt-get install -y libreoffice-writer-nogui libreoffice-script-provider-python python3-uno\n")
    sys.exit(2)

LABEL = re.compile(r"^[^\s\t]{1,8}\.\t")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def normalise(text):
    return " ".join(text.split())


class Office:
    """A headless soffice this script starts, and stops, itself."""

    def __init__(self):
        soffice = shutil.which("soffice")
        if soffice is None:
            sys.stderr.write("check-docx-libreoffice: soffice not found; install it with:\n"
                             "  apt-get install -y libreoffice-writer-nogui libreoffice-script-provider-python python3-uno\n")
            sys.exit(2)
        self.profile = tempfile.mkdtemp(prefix="draftdiff-lo-")
        self.pipe = "draftdiff%d" % os.getpid()
        self.process = subprocess.Popen(
            [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "-env:UserInstallation=file://" + self.profile,
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 60
        while True:
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    sys.stderr.write("check-docx-libreoffice: LibreOffice did not start\n")
                    self.stop()
                    sys.exit(2)
                time.sleep(0.5)
        self.smgr = context.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        self.dispatcher = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)

    def open(self, path):
        """The document, or raises when LibreOffice cannot open it or would have to repair it.
        A private copy is opened, so no lock file is left beside the input and none found there matters."""
        copy = os.path.join(self.profile, "open-" + os.path.basename(path))
        shutil.copyfile(path, copy)
        url = uno.systemPathToFileUrl(copy)
        # Without an interaction handler a package needing repair fails to load instead of prompting.
        document = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("RepairPackage", False)))
        if document is None:
            raise RuntimeError("LibreOffice could not open the file (it would need repair)")
        for arg in document.getArgs():
            if arg.Name == "RepairPackage" and arg.Value:
                raise RuntimeError("LibreOffice had to repair the file")
        return document

    def text_after(self, path, command):
        document = self.open(path)
        try:
            changes = document.getRedlines().getCount() if hasattr(document, "getRedlines") else -1
            frame = document.getCurrentController().getFrame()
            self.dispatcher.executeDispatch(frame, command, "", 0, ())
            left = document.getRedlines().getCount() if hasattr(document, "getRedlines") else 0
            return read_text(document), changes, left
        finally:
            document.close(True)

    def stop(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=20)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def read_text(document):
    lines = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for name in sorted_cells(element):
                lines.append(element.getCellByName(name).getString())
        else:
            lines.append(LABEL.sub("", paragraph_text(element)))
    lines.append("=== footnotes ===")
    footnotes = document.getFootnotes()
    for index in range(footnotes.getCount()):
        lines.append(footnotes.getByIndex(index).getString())
    return "\n".join(lines)


def paragraph_text(paragraph):
    """The paragraph's text without its footnote reference marks (LibreOffice gives them as their number)."""
    parts = []
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        if portion.TextPortionType != "Footnote":
            parts.append(portion.getString())
    return "".join(parts)


def sorted_cells(table):
    def key(name):
        match = re.match(r"([A-Z]+)(\d+)", name)
        return (int(match.group(2)), len(match.group(1)), match.group(1)) if match else (0, 0, name)
    return sorted(table.getCellNames(), key=key)


def first_difference(got, want):
    a, b = got.split(" "), want.split(" ")
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "word %d: got %r, expected %r (…%s…)" % (index, x, y, " ".join(b[max(0, index - 6):index + 6]))
    return "lengths differ: got %d words, expected %d" % (len(a), len(b))


def check(office, path):
    base = path[:-len(".docx")]
    ok = True
    for command, expected_file, view in ((".uno:AcceptAllTrackedChanges", base + ".new.txt", "accept-all"),
                                         (".uno:RejectAllTrackedChanges", base + ".old.txt", "reject-all")):
        try:
            text, before, after = office.text_after(path, command)
        except Exception as error:
            print("FAIL %s: %s" % (path, error))
            return False
        with open(expected_file, encoding="utf-8") as handle:
            want = normalise(handle.read())
        got = normalise(text)
        if got == want:
            print("ok   %s %s (%d tracked changes, %d left)" % (path, view, before, after))
        else:
            ok = False
            print("FAIL %s %s: %s" % (path, view, first_difference(got, want)))
        if after:
            ok = False
            print("FAIL %s %s: %d tracked changes left" % (path, view, after))
    print("ok   %s opened with no repair" % path)
    return ok


def main(paths):
    if not paths:
        print(__doc__)
        return 2
    office = Office()
    try:
        results = [check(office, path) for path in paths]
    finally:
        office.stop()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
