#!/usr/bin/env python3
"""Check schemas/json/epcis-2.0.schema.json against the shared example corpora.

Usage:  python3 schemas/tools/check_json.py [--shared ../shared] [-v]

Sets checked (see schemas/README.md):
  * gs1/JSON/**                           documents, must pass (root schema)
  * gs1/JSON-Schema/test/*.json           bare events, must pass #/definitions/event and the root schema
  * openepcis 2.0 JSON Capture/Documents  must pass
  * openepcis 2.0 JSON Capture/Events     bare events, must pass
  * openepcis 2.0 JSON Capture/Invalid    must FAIL, and an error must point at the expected field
  * informational: gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json must FAIL (CBV URN in JSON)

Formats are enforced: date-time (jsonschema's RFC 3339 checker) and uri (absolute URI, own check).
Exit code 0 when every expectation holds.
"""
import argparse
import glob
import json
import os
import re
import sys

from jsonschema import Draft7Validator, FormatChecker

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATH = os.path.join(HERE, "..", "json", "epcis-2.0.schema.json")

# scheme ":" then no whitespace / characters that are never legal in a URI
_ABS_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*\Z")


def build_checker():
    fc = FormatChecker()

    @fc.checks("uri")
    def _uri(value):
        return not isinstance(value, str) or bool(_ABS_URI.match(value))

    return fc


def pointer(err):
    return "/" + "/".join(str(p) for p in err.absolute_path)


def leaf_errors(errors):
    """Flatten anyOf/oneOf contexts so that messages name the innermost failing keyword."""
    out = []
    for e in errors:
        out.append(e)
        if e.context:
            out.extend(leaf_errors(e.context))
    return out


# Invalid file -> list of (instance pointer substring, message substring); every pair must be reported.
INVALID_EXPECT = {
    "Combination_of_events_with_missing_mandatory_fields.json": [
        ("/epcisBody/eventList/0", "'action' is a required property"),
        ("/epcisBody/eventList/1", "'eventTimeZoneOffset' is a required property"),
    ],
    "Combination_of_multiple_invalid_fields.json": [
        ("/epcisBody/eventList/0/bizStep", "transforming"),
        ("/epcisBody/eventList/1/disposition", "in_transport"),
        ("/epcisBody/eventList/2/sourceList/0/type", "place"),
        ("/epcisBody/eventList/3/ilmd", "materialType"),
        ("/epcisBody/eventList/4/eventTime", "22-07-2026"),
        ("/epcisBody/eventList/4/action", "CREATE"),
    ],
    "Combination_of_non_standard_bizStep_and_disposition.json": [
        ("/epcisBody/eventList/0/bizStep", "transforming"),
        ("/epcisBody/eventList/1/disposition", "in_transport"),
    ],
    "EPCISDocument_without_context.json": [("/", "'@context' is a required property")],
    "ObjectEvent_with_ilmd_field_without_namespace.json": [("/epcisBody/eventList/0/ilmd", "materialType")],
    "ObjectEvent_with_invalid_action.json": [("/epcisBody/eventList/0/action", "CREATE")],
    "ObjectEvent_with_invalid_certificationInfo.json": [("/epcisBody/eventList/0/certificationInfo/0", "is not of type 'string'")],
    "ObjectEvent_with_invalid_eventTime_format.json": [("/epcisBody/eventList/0/eventTime", "22-07-2026")],
    "ObjectEvent_with_non_standard_bizStep.json": [("/epcisBody/eventList/0/bizStep", "transforming")],
    "ObjectEvent_with_non_standard_bizStep_in_second_event.json": [("/epcisBody/eventList/1/bizStep", "transforming")],
    "ObjectEvent_with_non_standard_disposition.json": [("/epcisBody/eventList/0/disposition", "in_transport")],
    "ObjectEvent_with_quantity_as_text.json": [("/epcisBody/eventList/0/quantityList/0/quantity", "is not of type 'number'")],
    "ObjectEvent_with_unknown_field_in_quantityList.json": [("/epcisBody/eventList/0/quantityList/0", "weight")],
    "ObjectEvent_without_action_and_eventTime.json": [
        ("/epcisBody/eventList/0", "'action' is a required property"),
        ("/epcisBody/eventList/0", "'eventTime' is a required property"),
    ],
    "ObjectEvent_without_identifier_list.json": [("/epcisBody/eventList/0", "'epcList' is a required property")],
}


# Own synthetic cases for rules the corpora do not exercise: (name, instance, validate-as, expected valid?, pointer, text)
BASE = {"type": "ObjectEvent", "eventTime": "2024-01-01T10:00:00Z", "eventTimeZoneOffset": "+00:00",
        "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"]}


def ev(**kw):
    e = dict(BASE)
    for k, v in kw.items():
        k = k.replace("__", ":")
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    return e


PD = {"set": ["completeness_verified"], "unset": ["needs_replacement"]}
SYNTHETIC = [
    ("persistentDisposition on ObjectEvent", ev(persistentDisposition=PD), True, "", ""),
    ("persistentDisposition on AggregationEvent", ev(type="AggregationEvent", epcList=None, childEPCs=["urn:epc:id:sgtin:0614141.107346.1"], persistentDisposition=PD), True, "", ""),
    ("persistentDisposition on TransactionEvent", ev(type="TransactionEvent", bizTransactionList=[{"bizTransaction": "urn:epcglobal:cbv:bt:0614141000005:1"}], persistentDisposition=PD), True, "", ""),
    ("persistentDisposition on AssociationEvent", ev(type="AssociationEvent", epcList=None, parentID="urn:epc:id:grai:4012345.55555.987", childEPCs=["urn:epc:id:giai:4000001.1"], persistentDisposition=PD), True, "", ""),
    ("persistentDisposition on TransformationEvent", ev(type="TransformationEvent", action=None, epcList=None, inputEPCList=["urn:epc:id:sgtin:0614141.107346.1"], outputEPCList=["urn:epc:id:sgtin:0614141.107346.2"], persistentDisposition=PD), True, "", ""),
    ("empty persistentDisposition", ev(persistentDisposition={}), False, "/persistentDisposition", "should be non-empty"),
    ("time without offset", ev(eventTime="2024-01-01T10:00:00"), False, "/eventTime", "does not match"),
    ("time with +05:30 offset", ev(eventTime="2024-01-01T10:00:00.123456+05:30"), True, "", ""),
    ("ilmd with OBSERVE", ev(ilmd={"ex:lot": "1"}), False, "/action", "'ADD' was expected"),
    ("ilmd with ADD", ev(action="ADD", ilmd={"ex:lot": "1", "ex:nested": {"ex:a": 1}}), True, "", ""),
    ("ilmd on AggregationEvent", ev(type="AggregationEvent", epcList=None, childEPCs=["urn:epc:id:sgtin:0614141.107346.1"], ilmd={"ex:lot": "1"}), False, "", "'ilmd' does not match any of the regexes"),
    ("un-prefixed top-level key", ev(comment="x"), False, "", "'comment' does not match any of the regexes"),
    ("CURIE user extension + readPoint extension", ev(ex__field={"ex:inner": 1}, readPoint={"id": "urn:epc:id:sgln:0614141.07346.1234", "ex:gate": "3"}), True, "", ""),
    ("un-prefixed key in readPoint", ev(readPoint={"id": "urn:epc:id:sgln:0614141.07346.1234", "gate": "3"}), False, "/readPoint", "'gate' does not match any of the regexes"),
    ("CBV URN as bizStep", ev(bizStep="urn:epcglobal:cbv:bizstep:shipping"), False, "/bizStep", "does not match"),
    ("custom URI bizStep", ev(bizStep="https://example.com/steps/painting"), True, "", ""),
    ("CBV web URI bizStep (allowed, not a urn:epcglobal:cbv URN)", ev(bizStep="https://ref.gs1.org/cbv/BizStep-shipping"), True, "", ""),
    ("sensorReport with exception only", ev(sensorElementList=[{"sensorReport": [{"exception": "ALARM_CONDITION", "ex:x": 1}]}]), True, "", ""),
    ("sensorReport without type and exception", ev(sensorElementList=[{"sensorReport": [{"value": 1.5}]}]), False, "/sensorElementList/0/sensorReport/0", "'type' is a required property"),
    ("measurement type as gs1.org/voc URI", ev(sensorElementList=[{"sensorReport": [{"type": "https://gs1.org/voc/Temperature"}]}]), False, "/sensorElementList/0/sensorReport/0/type", "does not match"),
    ("EffectiveDoseRate", ev(sensorElementList=[{"sensorReport": [{"type": "EffectiveDoseRate", "value": 0.005, "uom": "P71"}]}]), True, "", ""),
    ("sensor only + readPoint, no epcList", ev(epcList=None, readPoint={"id": "urn:epc:id:sgln:0614141.07346.1234"}, sensorElementList=[{"sensorReport": [{"type": "Temperature", "value": 3}]}]), True, "", ""),
    ("empty sensorReport list", ev(sensorElementList=[{"sensorReport": []}]), False, "/sensorElementList/0/sensorReport", "should be non-empty"),
    ("bad hexBinaryValue", ev(sensorElementList=[{"sensorReport": [{"type": "Count", "hexBinaryValue": "XYZ"}]}]), False, "/sensorElementList/0/sensorReport/0/hexBinaryValue", "does not match"),
    ("misspelt event type", ev(type="ObjectEvnt"), False, "/type", "does not match"),
    ("extension event type", {"type": "ex:CustomEvent", "eventTime": "2024-01-01T10:00:00Z", "eventTimeZoneOffset": "+00:00", "ex:what": 1}, True, "", ""),
    ("TransformationEvent inputs only", ev(type="TransformationEvent", action=None, epcList=None, inputEPCList=["urn:epc:id:sgtin:0614141.107346.1"]), False, "", "'transformationID' is a required property"),
    ("TransformationEvent id + outputs", ev(type="TransformationEvent", action=None, epcList=None, transformationID="urn:epc:id:gdti:0614141.12345.400", outputQuantityList=[{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 2.5, "uom": "KGM"}]), True, "", ""),
    ("TransformationEvent with action", ev(type="TransformationEvent", epcList=None, inputEPCList=["urn:epc:id:sgtin:0614141.107346.1"], outputEPCList=["urn:epc:id:sgtin:0614141.107346.2"]), False, "", "'action' does not match any of the regexes"),
    ("TransactionEvent empty bizTransactionList", ev(type="TransactionEvent", bizTransactionList=[]), False, "/bizTransactionList", "should be non-empty"),
    ("AssociationEvent without parentID", ev(type="AssociationEvent", epcList=None, childEPCs=["urn:epc:id:giai:4000001.1"]), False, "", "'parentID' is a required property"),
    ("AggregationEvent DELETE without children", ev(type="AggregationEvent", epcList=None, action="DELETE", parentID="urn:epc:id:sscc:0614141.1234567890"), True, "", ""),
    ("errorDeclaration with extension", ev(errorDeclaration={"declarationTime": "2024-02-01T00:00:00+01:00", "reason": "incorrect_data", "correctiveEventIDs": ["urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8"], "ex:note": "x"}), True, "", ""),
    ("certificationInfo string", ev(certificationInfo="https://cert.example.com/1"), True, "", ""),
    ("quantity uom too long", ev(epcList=None, quantityList=[{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 1, "uom": "KGMX"}]), False, "/quantityList/0/uom", "does not match"),
]
SYNTHETIC_DOCS = [
    ("document with master data", {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z",
      "epcisHeader": {"epcisMasterData": {"vocabularyList": [{"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [
          {"id": "urn:epc:id:sgln:0614141.00888.0", "attributes": [{"id": "urn:epcglobal:cbv:mda:sst", "attribute": "201"}, {"id": "urn:epcglobal:cbv:mda#x", "attribute": {"ex:a": 1}}], "children": ["urn:epc:id:sgln:0614141.00888.1"]}]}]}},
      "epcisBody": {"eventList": [BASE]}}, True, "", ""),
    ("schemaVersion as number", {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", "type": "EPCISDocument", "schemaVersion": 2.0, "creationDate": "2024-01-01T00:00:00Z", "epcisBody": {"eventList": []}}, False, "/schemaVersion", "is not of type 'string'"),
    ("query document with vocabularyList only", {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISQueryDocument",
      "epcisBody": {"queryResults": {"queryName": "SimpleMasterDataQuery", "resultsBody": {"vocabularyList": []}}}}, True, "", ""),
    ("bare event without @context at root", dict(BASE), False, "/", "'@context' is a required property"),
]


def main():
    ap = argparse.ArgumentParser()
    default_shared = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
    ap.add_argument("--shared", default=default_shared)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    shared = args.shared

    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    Draft7Validator.check_schema(schema)
    fc = build_checker()
    root = Draft7Validator(schema, format_checker=fc)
    event_schema = {"allOf": [{"$ref": "#/definitions/event"}], "definitions": schema["definitions"]}
    event_v = Draft7Validator(event_schema, format_checker=fc)

    results = []  # (set, file, ok, detail)

    def run(setname, files, validator, expect_valid, expect=None):
        if not files:
            results.append((setname, "(no files found)", False, "missing input"))
            return
        for path in sorted(files):
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            errs = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
            rel = os.path.relpath(path, shared)
            if expect_valid:
                ok = not errs
                detail = "; ".join(f"{pointer(e)}: {e.message[:160]}" for e in errs[:5])
            else:
                leaves = leaf_errors(errs)
                msgs = [(pointer(e), e.message) for e in leaves]
                missing = []
                for ptr, text in (expect or []):
                    if not any(p.startswith(ptr) and text in m for p, m in msgs):
                        missing.append(f"expected error at {ptr} mentioning {text!r}")
                ok = bool(errs) and not missing
                detail = "; ".join(f"{pointer(e)}: {e.message[:140]}" for e in errs[:8])
                if missing:
                    detail = "MISSING " + " | ".join(missing) + " || got: " + detail
            results.append((setname, rel, ok, detail))

    run("gs1/JSON (documents, pass)", glob.glob(os.path.join(shared, "gs1/JSON/**/*.json*"), recursive=True), root, True)
    tests = glob.glob(os.path.join(shared, "gs1/JSON-Schema/test/*.json"))
    run("gs1/JSON-Schema/test (bare events via #/definitions/event, pass)", tests, event_v, True)
    run("gs1/JSON-Schema/test (bare events via root schema, pass)", tests, root, True)
    oe = os.path.join(shared, "corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture")
    run("openepcis Capture/Documents (pass)", glob.glob(os.path.join(oe, "Documents/*.json")), root, True)
    ev = glob.glob(os.path.join(oe, "Events/*.json"))
    run("openepcis Capture/Events (via #/definitions/event, pass)", ev, event_v, True)
    run("openepcis Capture/Events (via root schema, pass)", ev, root, True)
    for path in sorted(glob.glob(os.path.join(oe, "Invalid/*.json"))):
        run("openepcis Capture/Invalid (must fail at the named field)", [path], root, False,
            INVALID_EXPECT.get(os.path.basename(path), []))
    run("info: event_with_identical_hash_id_7.json (CBV URN in JSON, must fail)",
        [os.path.join(shared, "gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json")], root, False,
        [("/epcisBody/eventList/0/bizStep", "urn:epcglobal:cbv:bizstep:receiving")])

    # own synthetic rule checks
    for name, inst, ok_expected, ptr, text in SYNTHETIC + SYNTHETIC_DOCS:
        v = event_v if (name, inst, ok_expected, ptr, text) in SYNTHETIC else root
        errs = leaf_errors(list(v.iter_errors(inst)))
        if ok_expected:
            ok = not errs
            detail = "; ".join(f"{pointer(e)}: {e.message[:120]}" for e in errs[:4])
        else:
            ok = any(pointer(e).startswith(ptr or "/") and text in e.message for e in errs)
            detail = "; ".join(f"{pointer(e)}: {e.message[:120]}" for e in errs[:4])
        results.append(("own synthetic rule cases", name, ok, detail))

    # summary
    sets = {}
    for s, _, ok, _ in results:
        p, f = sets.get(s, (0, 0))
        sets[s] = (p + ok, f + (not ok))
    bad = 0
    for s, (p, f) in sets.items():
        print(f"{'OK  ' if f == 0 else 'FAIL'} {s}: {p} as expected, {f} not")
        bad += f
    for s, rel, ok, detail in results:
        if not ok or (args.verbose and detail):
            print(f"  {'ok ' if ok else 'BAD'} {rel}: {detail}")
    print(f"TOTAL: {sum(p for p, _ in sets.values())} as expected, {bad} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
