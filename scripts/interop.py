#!/usr/bin/env python3
"""The checks of scripts/interop.sh, with the real tools' code (see that script).

  interop.py hostile-texts DIR          write made-up hostile .txt files into DIR
  interop.py review IN.json OUT.json    a reviewed project made from an extract
  interop.py check INTEROP DIR...       check every export.* in each DIR
"""
import codecs
import csv
import hashlib
import io
import json
import os
import sys
import tempfile
import warnings
import zipfile

warnings.filterwarnings("ignore", category=DeprecationWarning)

RESULTS = []  # (check, passed, detail)


def record(check, passed, detail=""):
    RESULTS.append((check, passed, detail))
    if not passed:
        print(f"FAIL {check}: {detail}")


# ---------------------------------------------------------------------------- inputs

HOSTILE = {
    "separators.txt": "Headline\n\n\"We will never\u2028R1\tAlias Arg1:T1 Arg2:T3 give up,\" the minister said.\n"
    "\"Taxes\u2029rose\u0085by 5%\x0bthis\x0cyear\x1cand\x1dthe\x1elast,\" Jones said on Monday.\n",
    "formulas.txt": "\"=HYPERLINK(\\\"http://evil\\\") is fine,\" the minister said.\n+1 and -2 were the scores, Smith said.\n"
    "@SUM(A1) \"is a formula,\" he said.\n",
    "emoji.txt": "😀😀 \"Offsets 😀 count code points,\" the engineer said. \"Twice 😀 in UTF-16,\" she added.\n",
    "repeated.txt": ("The mayor said the budget \"will balance next year\" and that taxes stay.\n\n" * 3)
    + "Filler. " * 40 + "\nThe mayor said the budget \"will balance next year\" and that taxes stay.\n",
    "story.txt": "\"First version,\" Ann said.\n",
    "markup.txt": "<script>window.__pwned=1</script>\n\"><img src=x onerror=alert(1)> \u202eevil\u202c, said Jones.\n",
}


def write_hostile(folder):
    os.makedirs(folder, exist_ok=True)
    for name, text in HOSTILE.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    # Two different inputs with one name: a second folder, same file name.
    os.makedirs(os.path.join(folder, "again"), exist_ok=True)
    with open(os.path.join(folder, "again", "story.txt"), "w", encoding="utf-8") as f:
        f.write("\"Second version,\" Bob said.\n")


def span(text, start, end):
    return {"start": start, "end": end, "text": text[start:end]}


def make_review(src, dst):
    """Decisions on an extract: accept, reject, verdict tags, notes full of tabs, newlines,
    separators and formula characters, and a manual claim across a paragraph break per
    document."""
    with open(src, encoding="utf-8") as f:
        project = json.load(f)
    texts = {d["id"]: d["text"] for d in project["documents"]}
    verdicts = ["verified", "false", "misleading", "needs-check", "opinion"]
    notes = ["checked\twith the\tbudget", "line one\nline two\r\nR1\tAlias Arg1:T1 Arg2:T2",
             "=HYPERLINK(\"http://evil\")", "\u2028#9\tAnnotatorNotes T1\tx\u2029", "+1-2@3"]
    for i, claim in enumerate(project["claims"]):
        claim["status"] = ["accepted", "rejected", "suggested", "accepted"][i % 4]
        claim["tags"] = [verdicts[i % len(verdicts)]] if i % 3 else []
        claim["note"] = notes[i % len(notes)] if i % 2 else ""
    n = len(project["claims"])
    for doc in project["documents"]:
        text = texts[doc["id"]]
        cut = text.find("\n\n", len(text) // 3)
        if cut < 0:
            continue
        start, end = max(0, cut - 40), min(len(text), cut + 40)
        n += 1
        project["claims"].append({
            "id": f"c{n}", "document": doc["id"], "kind": "indirect",
            "content": span(text, start, end), "cue": None, "source_mention": None,
            "speaker": project["speakers"][0]["id"] if project["speakers"] else None,
            "status": "accepted", "origin": "manual", "confidence": 1.0,
            "tags": ["false"], "note": "manual\tacross\n\nparagraphs =1", "cluster": None,
        })
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(project, f, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------------- W3C

def w3c_checks(interop, path):
    import jsonschema
    from pyld import jsonld

    suite = os.path.join(interop, "w3c-web-annotation-tests")
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)

    def assertions(test):
        with open(os.path.join(suite, test), encoding="utf-8") as f:
            return json.load(f)["assertions"]

    def validator(schema_path):
        full = os.path.join(suite, schema_path)
        with open(full, encoding="utf-8") as f:
            schema = json.load(f)
        # The suite resolves "$ref": "id.json#/..." by file name from any of its folders (and
        # one of its refs differs from the file name in case): look names up that way.
        resolver = jsonschema.RefResolver("file://" + full, schema, handlers={"file": by_name})
        return schema, jsonschema.Draft4Validator(schema, resolver=resolver)

    names = {}
    for root, _, files in os.walk(suite):
        for name in files:
            if name.endswith(".json"):
                names.setdefault(name.lower(), os.path.join(root, name))

    def by_name(url):
        with open(names[os.path.basename(url).lower()], encoding="utf-8") as f:
            return json.load(f)

    cache = {}

    def run(test, instance, what):
        for assertion in assertions(test):
            if assertion not in cache:
                cache[assertion] = validator(assertion)
            schema, v = cache[assertion]
            valid = v.is_valid(instance)
            expected = schema.get("expectedResult", "valid") == "valid"
            record(f"w3c {assertion}", valid == expected, f"{path}: {what}")

    page = dict(collection["first"])
    page["@context"] = collection["@context"]
    run("collections/collectionMusts.test", collection, "the collection")
    run("collections/pages/pageMusts.test", page, "the page")
    items = page["items"]
    for item in items:
        annotation = dict(item)
        annotation["@context"] = collection["@context"]
        run("annotations/annotationMusts.test", annotation, annotation["id"])
    ids = [a["id"] for a in items] + [collection["id"], page["id"]]
    record("w3c ids unique urn:uuid", len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids), path)
    record("w3c no rejected claims", all(
        not any(b.get("purpose") == "assessing" and b.get("value") == "rejected" for b in a.get("body", []) if isinstance(b, dict))
        for a in items), path)

    # JSON-LD: every key and vocabulary value expands to an IRI with the official context.
    with open(os.path.join(interop, "w3c-context", "anno.jsonld"), encoding="utf-8") as f:
        official = json.load(f)

    def loader(url, options=None):
        if url.rstrip("/") in ("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"):
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": official}
        raise jsonld.JsonLdError("offline: " + url, "loading document failed")

    options = {"documentLoader": loader}
    context = collection["@context"]
    keys, vocab = set(), set()

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            for k, v in node.items():
                if k.startswith("@"):
                    continue
                keys.add(k)
                if k in ("type", "motivation", "purpose"):
                    for value in (v if isinstance(v, list) else [v]):
                        vocab.add((k, value))
                walk(v)

    walk({k: v for k, v in collection.items() if k != "@context"})
    for key in sorted(keys - {"id", "type"}):
        expanded = jsonld.expand({"@context": context, "@id": "urn:x", key: "v"}, options)
        record("w3c json-ld term defined", bool(expanded) and len(expanded[0]) > 1, f"{path}: {key}")
    for key, value in sorted(vocab):
        expanded = jsonld.expand({"@context": context, "@id": "urn:x", key: value}, options)
        values = [v.get("@id", "") for vs in expanded[0].values() if isinstance(vs, list) for v in vs if isinstance(v, dict)]
        if key == "type":
            values = expanded[0].get("@type", [])
        record("w3c json-ld value is an IRI", bool(values) and all(":" in v and not v.startswith("urn:x") for v in values),
               f"{path}: {key}={value} -> {values}")
    full = jsonld.expand(collection, options)
    record("w3c json-ld expands", bool(full), path)


# ---------------------------------------------------------------------------- brat

def brat_checks(interop, path):
    server = os.path.join(os.path.abspath(interop), "brat", "server")
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            folders = {n.split("/")[0] for n in names}
            record("brat one folder", len(folders) == 1, f"{path}: {folders}")
            z.extractall(tmp)
        folder = os.path.join(tmp, folders.pop())
        with open(os.path.join(tmp, "config.py"), "w") as f:
            f.write(f"BASE_DIR = {folder!r}\nDATA_DIR = {folder!r}\nWORK_DIR = {tmp!r}\n")
            with open(os.path.join(interop, "brat", "config_template.py")) as template:
                body = template.read()
            f.write("\n".join(l for l in body.splitlines() if not l.startswith(("BASE_DIR", "DATA_DIR", "WORK_DIR", "ADMIN_CONTACT_EMAIL")))
                    + "\nADMIN_CONTACT_EMAIL = 'none'\n")
        for p in (tmp, os.path.join(server, "src"), os.path.join(server, "lib")):
            if p not in sys.path:
                sys.path.insert(0, p)
        for module in ("config", "annotation", "projectconfig", "verify_annotations", "message"):
            sys.modules.pop(module, None)
        import annotation

        def open_textfile(filename, mode="r"):  # brat's own, without Python 2's 'U' mode
            return codecs.open(filename, mode.replace("U", ""), encoding="utf8", errors="strict")

        annotation.open_textfile = open_textfile
        import projectconfig
        import verify_annotations
        projectconfig.open_textfile = open_textfile

        conf = projectconfig.ProjectConfiguration(folder)
        record("brat annotation.conf read", "Content" in conf.get_entity_types() and "Attribution" in conf.get_event_types(),
               f"{path}: entities {conf.get_entity_types()} events {conf.get_event_types()}")
        anns = sorted(n for n in os.listdir(folder) if n.endswith(".ann"))
        for name in anns:
            doc = os.path.join(folder, name[:-4])
            try:
                with annotation.TextAnnotations(doc, read_only=True) as ann:
                    issues = verify_annotations.verify_annotation(ann, conf)
                    record("brat document loads with no issue", not issues,
                           f"{path}: {name}: " + "; ".join(i.human_readable_str() for i in issues[:3]))
            except Exception as e:  # brat refuses the document
                record("brat document loads with no issue", False, f"{path}: {name}: {type(e).__name__}: {e}")
            with open(doc + ".ann", encoding="utf-8", newline="") as f:
                raw = f.read()
            record("brat no injected line", raw.splitlines() == raw.split("\n")[:-1] if raw else True, f"{path}: {name}")
        inner = [n for n in names if "/inception/" in n]
        record("brat one INCEpTION zip per document", len(inner) == len(anns), f"{path}: {len(inner)} for {len(anns)}")
        for n in inner:
            with zipfile.ZipFile(os.path.join(tmp, n)) as z:
                stem = os.path.basename(n)[:-4]
                ok = sorted(z.namelist()) == sorted([stem + ".ann", stem + ".txt"]) and all(
                    z.read(m) == open(os.path.join(folder, m), "rb").read() for m in z.namelist())
                record("brat INCEpTION pair equals the brat pair", ok, f"{path}: {n}")


# ---------------------------------------------------------------------------- CSV, claimlens/1, ClaimReview

def defused(text):
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_checks(path, project):
    import pandas
    with open(path, "rb") as f:
        raw = f.read()
    record("csv UTF-8 BOM", raw.startswith(codecs.BOM_UTF8), path)
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    frame = pandas.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    claims = {c["id"]: c for c in project["claims"]}
    record("csv one row per claim (csv, pandas)", len(rows) == len(claims) == len(frame), f"{path}: {len(rows)} {len(frame)} {len(claims)}")
    record("csv pandas reads the same cells as csv", frame.to_dict("records") == rows, path)
    texts = {d["id"]: d["text"] for d in project["documents"]}
    for row in rows:
        c = claims.get(row["id"])
        if c is None:
            record("csv row of a known claim", False, row["id"])
            continue
        parts = c.get("content_parts") or [c["content"]]
        content = " … ".join(p["text"] for p in parts)
        text = texts[c["document"]]
        ok = (row["content"] == defused(content) and row["note"] == defused(c["note"])
              and int(row["start"]) == c["content"]["start"]
              and int(row["start_utf16"]) == len(text[:c["content"]["start"]].encode("utf-16-le")) // 2)
        record("csv round-trips content, note and offsets", ok, f"{path}: {row['id']}")


def claimlens_checks(path):
    with open(path, encoding="utf-8") as f:
        project = json.load(f)
    record("claimlens/1 format", project.get("format") == "claimlens/1", path)
    for d in project["documents"]:
        text = d["text"]
        record("claimlens/1 sha256", hashlib.sha256(text.encode("utf-8")).hexdigest() == d["sha256"], d["name"])
        record("claimlens/1 analysed text has no CR or BOM", "\r" not in text and not text.startswith("\ufeff"), d["name"])
    texts = {d["id"]: d["text"] for d in project["documents"]}
    for c in project["claims"]:
        text = texts[c["document"]]
        spans = [c["content"], c.get("cue"), c.get("source_mention")] + c.get("content_parts", [])
        for s in filter(None, spans):
            u16 = lambda i: len(text[:i].encode("utf-16-le")) // 2
            ok = (text[s["start"]:s["end"]] == s["text"] and s["start"] <= s["end"]
                  and s.get("start_utf16", u16(s["start"])) == u16(s["start"])
                  and s.get("end_utf16", u16(s["end"])) == u16(s["end"]))
            record("claimlens/1 span is its code point slice and UTF-16 range", ok, f"{c['id']}: {s}")
    return project


def claimreview_checks(path, project):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    record("claimreview context", doc.get("@context") == "https://schema.org", path)
    rejected = {c["id"] for c in project["claims"] if c["status"] == "rejected"}
    for item in doc["@graph"]:
        r = item["reviewRating"]
        ok = (item["@type"] == "ClaimReview" and item["claimReviewed"] and r["@type"] == "Rating"
              and min(r["worstRating"], r["bestRating"]) <= r["ratingValue"] <= max(r["worstRating"], r["bestRating"]))
        record("claimreview item has a claim and a rating on the scale", ok, item.get("@id", "?"))
    verdicts = [c for c in project["claims"] if c["id"] not in rejected and set(c["tags"]) & {"verified", "false", "misleading"}]
    record("claimreview one review per verdict", len(doc["@graph"]) == len(verdicts), f"{path}: {len(doc['@graph'])} for {len(verdicts)}")


# ---------------------------------------------------------------------------- main

def check(interop, folders):
    for folder in folders:
        exports = {f.split(".", 1)[1]: os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("export.")}
        project = claimlens_checks(exports["claimlens"])
        w3c_checks(interop, exports["w3c"])
        brat_checks(interop, exports["brat"])
        csv_checks(exports["csv"], project)
        claimreview_checks(exports["claimreview"], project)
    by_check = {}
    for name, passed, _ in RESULTS:
        counts = by_check.setdefault(name, [0, 0])
        counts[0 if passed else 1] += 1
    for name, (passed, failed) in sorted(by_check.items()):
        print(f"{'ok  ' if not failed else 'FAIL'} {name}: {passed} passed, {failed} failed")
    failed = sum(1 for _, p, _ in RESULTS if not p)
    print(f"interop: {len(RESULTS) - failed} passed, {failed} failed ({len(by_check)} checks over {len(folders)} exports)")
    return 1 if failed else 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "hostile-texts":
        write_hostile(sys.argv[2])
    elif command == "review":
        make_review(sys.argv[2], sys.argv[3])
    elif command == "check":
        sys.exit(check(sys.argv[2], sys.argv[3:]))
    else:
        sys.exit(__doc__)
