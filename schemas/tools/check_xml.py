#!/usr/bin/env python3
"""Check the XSDs in schemas/xsd/ against the shared XML corpora with xmllint (libxml2).

Usage:  python3 schemas/tools/check_xml.py [--shared ../shared] [-v]
Needs:  xmllint (Debian/Ubuntu: apt-get install -y libxml2-utils)

All documents are validated against schemas/xsd/epcis-all.xsd (which imports every namespace, i.e. the
1.2 and 2.0 schemas are loaded together); in addition the root element must be the expected one.
Bare events (root element is an event, as in openepcis .../XML/Capture/Events) are wrapped into an
EPCIS 2.0 EPCISDocument first: the event element and any descendants in the EPCIS 2.0 namespace are
moved to no namespace (as the XML binding requires) and the document-level attributes on the event
are dropped. This mirrors what the server's reader is expected to do for a bare-event XML body.

Sets:
  * gs1/XML/**                              pass (CaptureJob/ -> EPCISCaptureJob, CBV/ + Mimasu master data
                                            -> EPCISMasterDataDocument or EPCISDocument, others EPCISDocument 2.0)
  * gs1/XSL/1.2/XML/*.xml                   pass (EPCIS 1.2 EPCISDocument)
  * openepcis 2.0 XML Capture/Documents     pass, except KNOWN_INVALID_20 (JumbledFieldsOrder, Namespace_document) must FAIL
  * openepcis 2.0 XML Capture/Events        pass (wrapped bare events)
  * openepcis 1.2 XML Capture/Documents     pass, except KNOWN_INVALID_12 must FAIL (reasons below)
  * openepcis 2.0 XML Capture/Invalid       FAIL, with the expected message fragment
  * info (not counted): openepcis 2.0 XML Query/** EPCISQueryDocuments, result per file
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UMBRELLA = os.path.normpath(os.path.join(HERE, "..", "xsd", "epcis-all.xsd"))

E2 = "urn:epcglobal:epcis:xsd:2"
E1 = "urn:epcglobal:epcis:xsd:1"
MD2 = "urn:epcglobal:epcis-masterdata:xsd:2"
Q2 = "urn:epcglobal:epcis-query:xsd:2"
EVENT_NAMES = {"ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"}

# Invalid file -> fragment the xmllint message must contain
INVALID_EXPECT = {
    "ObjectEvent_bare_event_without_action.xml": "Expected is ( action )",
    "ObjectEvent_with_invalid_action.xml": "action",
    "ObjectEvent_with_invalid_eventTime_format.xml": "eventTime",
    "ObjectEvent_with_near_miss_action.xml": "action",
    "ObjectEvent_with_unknown_element.xml": "madeUpField",
    "ObjectEvent_with_wrong_element_order.xml": "This element is not expected",
    "ObjectEvent_without_eventTime.xml": "eventTime",
}
# openepcis 2.0 "valid" documents that are not valid EPCIS 2.0 XML (GS1's 2.0 XSD rejects them too)
KNOWN_INVALID_20 = {
    "JumbledFieldsOrder.xml": ("This element is not expected", "event children out of the binding's order"),
    "Namespace_document.xml": ("{urn:epcglobal:epcis:xsd:2}ObjectEvent",
        "events and their children are namespace-qualified (epcis:ObjectEvent, epcis:eventTime); the binding wants them "
        "unqualified. A reader may normalise this like a bare event, the schema does not accept it"),
}

# openepcis 1.2 "valid" documents that are not valid EPCIS 1.2 XML (GS1's own 1.2 XSD rejects them too):
# file -> (message fragment, reason)
KNOWN_INVALID_12 = {
    "AssociationEvent_all_possible_fields.xml": ("has no corresponding namespace declaration",
        "xsi:type=\"xsd:...\" values use a prefix that is never declared (invalid QName)"),
    "Document_with_namespace.xml": ("This element is not expected",
        "an EPCIS 2.0 document (urn:epcglobal:epcis:xsd:2) with namespace-qualified events; the 2.0 binding wants unqualified events"),
    "Jumbled_attributes_order.xml": ("This element is not expected",
        "user extension element before eventTime: wrong child order"),
    "ObjectEvent_all_possible_fields.xml": ("certificationInfo",
        "certificationInfo is a 2.0 field; EPCIS 1.2 has no such element"),
    "Single_event_with_namespace.xml": ("Expected is ( epcList )",
        "bare event mixing the 2.0 namespace with 1.2 wrappers and without the epcList that 1.2 requires"),
    "TransactionEvent_all_possible_fields.xml": ("2006-11-07T13:00Z",
        "declarationTime without seconds is not an xs:dateTime"),
}
# libxml2 does not collapse whitespace around an xsi:type="xsd:dateTime" value in lax content; System.Xml does.
# These pass in .NET (see README); with xmllint they are reported separately.
LIBXML2_WHITESPACE_QUIRK = {"AggregationEvent_all_possible_fields.xml", "TransformationEvent_all_possible_fields.xml"}


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def ns(tag):
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def wrap_bare_event(path, tmpdir, version_ns=E2):
    """Return (path to validate, root qname, wrapped?). A bare event is wrapped into an EPCISDocument of
    version_ns. Done on the text so that every namespace declaration (also those only used inside
    xsi:type values) survives; the event's own prefix for the EPCIS namespace is removed."""
    root = ET.parse(path).getroot()
    if local(root.tag) not in EVENT_NAMES or ns(root.tag) not in ("", E2, E1):
        return path, root.tag, False
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if ns(root.tag):
        m = re.search(r'xmlns:([A-Za-z_][\w.-]*)\s*=\s*"' + re.escape(ns(root.tag)) + '"', text)
        if m:  # qualified event and children -> unqualified, as the XML binding requires
            p = re.escape(m.group(1))
            text = re.sub(r"<(/?)" + p + r":", r"<\1", text)
    # drop the document-level attributes some bare events carry on the event element
    first = re.search(r"<[A-Za-z]", text).start()
    end_tag = text.index(">", first)
    head = re.sub(r'\s(schemaVersion|creationDate)\s*=\s*"[^"]*"', "", text[first:end_tag])
    text = text[:first] + head + text[end_tag:]
    version = "2.0" if version_ns == E2 else "1.2"
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<epcis:EPCISDocument xmlns:epcis="{version_ns}" '
           f'schemaVersion="{version}" creationDate="2024-01-01T00:00:00Z"><EPCISBody><EventList>'
           f"{text}</EventList></EPCISBody></epcis:EPCISDocument>\n")
    out = os.path.join(tmpdir, os.path.basename(path))
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
    return out, f"{{{version_ns}}}EPCISDocument", True


def xmllint(path):
    p = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", UMBRELLA, path],
                       capture_output=True, text=True)
    msgs = [l for l in p.stderr.splitlines() if l.strip() and not l.endswith(" validates")]
    return p.returncode == 0, msgs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared")))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    sh = args.shared
    tmp = tempfile.mkdtemp(prefix="epcis-xsd-check-")
    results = []  # (set, rel, ok, detail, counted)

    def run(setname, files, expect_valid, roots=None, counted=True, expect_text=None, version_ns=E2):
        if not files:
            results.append((setname, "(no files found)", False, "missing input", counted))
        for f in sorted(files):
            target, root_tag, wrapped = wrap_bare_event(f, tmp, version_ns)
            valid, msgs = xmllint(target)
            rel = os.path.relpath(f, sh) + (" [wrapped bare event]" if wrapped else "")
            detail = " | ".join(m.replace(target, "") for m in msgs[:4])
            if expect_valid:
                ok = valid
                if roots and root_tag not in roots:
                    ok = False
                    detail = f"unexpected root {root_tag}; " + detail
            else:
                text = expect_text(f) if expect_text else None
                ok = (not valid) and (text is None or any(text in m for m in msgs))
                if not valid and text and not ok:
                    detail = f"MISSING message fragment {text!r} || " + detail
            results.append((setname, rel, ok, (detail or "valid") if counted else ("valid" if valid else detail), counted))

    doc2 = {f"{{{E2}}}EPCISDocument"}
    gs1 = glob.glob(os.path.join(sh, "gs1/XML/**/*.xml"), recursive=True)
    jobs = [f for f in gs1 if "/CaptureJob/" in f]
    md = [f for f in gs1 if "/CBV/" in f or f.endswith("Mimasu/Example-masterData.xml")]
    rest = [f for f in gs1 if f not in jobs and f not in md]
    run("gs1/XML capture documents (pass)", rest, True, doc2)
    run("gs1/XML/CaptureJob (pass as EPCISCaptureJob)", jobs, True, {f"{{{E2}}}EPCISCaptureJob"})
    run("gs1/XML master data CBV/ + Mimasu (pass)", md, True, {f"{{{MD2}}}EPCISMasterDataDocument"} | doc2)
    run("gs1/XSL/1.2/XML (pass, EPCIS 1.2)", glob.glob(os.path.join(sh, "gs1/XSL/1.2/XML/*.xml")), True, {f"{{{E1}}}EPCISDocument"})

    oe = os.path.join(sh, "corpus/openepcis-test-resources")
    docs = glob.glob(os.path.join(oe, "2.0/EPCIS/XML/Capture/Documents/*.xml"))
    run("openepcis 2.0 Capture/Documents (pass)", [f for f in docs if os.path.basename(f) not in KNOWN_INVALID_20], True, doc2)
    run("openepcis 2.0 Capture/Documents known-invalid instances (must FAIL)",
        [f for f in docs if os.path.basename(f) in KNOWN_INVALID_20], False,
        expect_text=lambda f: KNOWN_INVALID_20[os.path.basename(f)][0])
    run("openepcis 2.0 Capture/Events (pass, wrapped)", glob.glob(os.path.join(oe, "2.0/EPCIS/XML/Capture/Events/*.xml")), True, doc2)
    d12 = glob.glob(os.path.join(oe, "1.2/EPCIS/XML/Capture/Documents/*.xml"))
    run("openepcis 1.2 Capture/Documents (pass)",
        [f for f in d12 if os.path.basename(f) not in KNOWN_INVALID_12 and os.path.basename(f) not in LIBXML2_WHITESPACE_QUIRK],
        True, {f"{{{E1}}}EPCISDocument"}, version_ns=E1)
    run("openepcis 1.2 Capture/Documents known-invalid instances (must FAIL)",
        [f for f in d12 if os.path.basename(f) in KNOWN_INVALID_12], False,
        expect_text=lambda f: KNOWN_INVALID_12[os.path.basename(f)][0], version_ns=E1)
    run("info: openepcis 1.2 files hit by a libxml2 whitespace quirk (valid in System.Xml; not counted)",
        [f for f in d12 if os.path.basename(f) in LIBXML2_WHITESPACE_QUIRK], True, counted=False, version_ns=E1)
    run("openepcis 2.0 Capture/Invalid (must FAIL)", glob.glob(os.path.join(oe, "2.0/EPCIS/XML/Capture/Invalid/*.xml")), False,
        expect_text=lambda f: INVALID_EXPECT.get(os.path.basename(f)))
    run("info: openepcis 2.0 XML Query/** (not counted)", glob.glob(os.path.join(oe, "2.0/EPCIS/XML/Query/**/*.xml"), recursive=True),
        True, counted=False)

    sets = {}
    for s, _, ok, _, counted in results:
        p, f, c = sets.get(s, (0, 0, counted))
        sets[s] = (p + ok, f + (not ok), counted)
    bad = 0
    for s, (p, f, counted) in sets.items():
        if counted:
            print(f"{'OK  ' if f == 0 else 'FAIL'} {s}: {p} as expected, {f} not")
            bad += f
        else:
            print(f"INFO {s}: {p} valid, {f} invalid")
    for s, rel, ok, detail, counted in results:
        if (counted and not ok) or (not counted and not ok) or args.verbose:
            tag = ("ok " if ok else "BAD") if counted else ("info-valid" if ok else "info-invalid")
            print(f"  {tag} {rel}: {detail[:400]}")
    print(f"TOTAL: {sum(p for p, _, c in sets.values() if c)} as expected, {bad} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
