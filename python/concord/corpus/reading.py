"""Inputs of a corpus run: folders of text files and JSON Lines files, cut into chunks that read
in parallel, each document checked and either kept or rejected with its location.

Every document gets a uid that depends only on where it is (input, file or line), never on how
the inputs were partitioned, so that any partitioning gives the same results.
"""
import json
import os

# uid = input index << 40 | file index (folders) or line number (JSON Lines).
UID_INPUT_SHIFT = 40
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
NUL = b"\x00"


class Unit:
    """One readable piece of input: a whole text file, or lines of a JSON Lines file.

    kind is "file" or "jsonl"; for "jsonl", [start, end) are byte offsets at line starts and
    first_line is the 1-based number of the line at start.
    """

    def __init__(self, kind, path, uid, doc_id=None, start=0, end=0, first_line=1, size=0):
        self.kind, self.path, self.uid, self.doc_id = kind, path, uid, doc_id
        self.start, self.end, self.first_line, self.size = start, end, first_line, size


def is_jsonl(path):
    return path.lower().endswith(JSONL_SUFFIXES)


# Input bytes per partition that auto_partitions aims below: a partition's texts, their copies
# in the core's call and its band rows are in one worker's memory at once (at 1,000,000
# articles in 4 partitions, 625 MB of text each, a worker held 2 GB while it signed).
PARTITION_BYTES = 64 * 1024 * 1024


def auto_partitions(inputs, workers):
    """Two partitions per worker, more for inputs over 2 * workers * PARTITION_BYTES."""
    total = 0
    for top in inputs:
        if os.path.isdir(top):
            total += sum(os.path.getsize(os.path.join(root, name))
                         for root, _, found in os.walk(top) for name in found)
        elif os.path.isfile(top):
            total += os.path.getsize(top)
    return max(2 * max(1, workers), -(-total // PARTITION_BYTES))


def list_units(inputs, partitions):
    """Units of `inputs` (paths), JSON Lines files split so that there are about `partitions`
    pieces of similar size, in input order."""
    files = []  # (kind, path, uid, doc_id, size)
    for i, top in enumerate(inputs):
        if os.path.isdir(top):
            names = []
            for root, dirs, found in os.walk(top):
                dirs.sort()
                names.extend(os.path.join(root, name) for name in found)
            for f, path in enumerate(sorted(names)):
                files.append(("file", path, i << UID_INPUT_SHIFT | f, path, os.path.getsize(path)))
        elif os.path.isfile(top):
            kind = "jsonl" if is_jsonl(top) else "file"
            files.append((kind, top, i << UID_INPUT_SHIFT, top, os.path.getsize(top)))
        else:
            raise FileNotFoundError(f"no such file or folder: {top}")
    total = sum(f[4] for f in files) or 1
    target = max(1, total // max(1, partitions))
    units = []
    for kind, path, uid, doc_id, size in files:
        if kind == "file":
            units.append(Unit("file", path, uid, doc_id=doc_id, size=size))
        else:
            units.extend(_jsonl_units(path, uid, size, target))
    return units


def _jsonl_units(path, uid, size, target):
    """Cuts one JSON Lines file at line starts about every `target` bytes."""
    units = []
    with open(path, "rb") as f:
        start, line = 0, 1
        while start < size:
            f.seek(start)
            end = min(size, start + target)
            if end < size:
                f.seek(end)
                f.readline()
                end = f.tell()
            f.seek(start)
            lines = f.read(end - start).count(b"\n")
            units.append(Unit("jsonl", path, uid, start=start, end=end, first_line=line,
                              size=end - start))
            start, line = end, line + lines
    return units


def group_units(units, partitions):
    """Splits units, in order, into at most `partitions` groups of similar byte size."""
    partitions = max(1, min(partitions, len(units)))
    total = sum(u.size for u in units) or 1
    groups, current, filled = [], [], 0
    for u in units:
        current.append(u)
        filled += u.size
        if filled >= total * (len(groups) + 1) / partitions and len(groups) < partitions - 1:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def decode(data, max_bytes):
    """(text, None) for a valid document's bytes, else (None, reason)."""
    if len(data) > max_bytes:
        return None, f"too large: {len(data)} bytes (limit {max_bytes}, --max-bytes)"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _non_empty(data.decode("utf-16"))
        except UnicodeDecodeError as error:
            return None, f"invalid UTF-16 at byte {error.start}"
    if b"\x00" in data:
        return None, f"binary: NUL byte at {data.index(NUL)}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"invalid UTF-8 at byte {error.start}"
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls * 20 > min(len(text), 4096):
        return None, "binary: mostly control characters"
    return _non_empty(text)


def _non_empty(text):
    if not text.strip():
        return None, "empty: no text"
    return text, None


def check_text(text, max_bytes):
    """(text, None) if a JSON string is a valid document text, else (None, reason)."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        return None, f"invalid text: lone surrogate at character {error.start}"
    if size > max_bytes:
        return None, f"too large: {size} bytes (limit {max_bytes}, --max-bytes)"
    if "\x00" in text:
        return None, "binary: NUL character in text"
    return _non_empty(text)


def read_units(units, max_bytes):
    """(documents, rejects) of units. A document is a dict with uid, id, location, text, size,
    title, date and where to read it again (path, offset, length); a reject has uid, id,
    location and reason."""
    docs, rejects = [], []
    for u in units:
        if u.kind == "file":
            _read_file(u, max_bytes, docs, rejects)
        else:
            _read_jsonl(u, max_bytes, docs, rejects)
    return docs, rejects


def _read_file(u, max_bytes, docs, rejects):
    try:
        with open(u.path, "rb") as f:
            data = f.read(max_bytes + 1) if u.size > max_bytes else f.read()
    except OSError as error:
        rejects.append({"uid": u.uid, "id": u.doc_id, "location": u.path,
                        "reason": f"unreadable: {error.strerror}"})
        return
    text, reason = decode(data, max_bytes) if u.size <= max_bytes else (
        None, f"too large: {u.size} bytes (limit {max_bytes}, --max-bytes)")
    if reason:
        rejects.append({"uid": u.uid, "id": u.doc_id, "location": u.path, "reason": reason})
        return
    docs.append({"uid": u.uid, "id": u.doc_id, "location": u.path, "text": text,
                 "size": len(data), "title": None, "date": None,
                 "path": u.path, "offset": -1, "length": -1})


def _read_jsonl(u, max_bytes, docs, rejects):
    with open(u.path, "rb") as f:
        f.seek(u.start)
        data = f.read(u.end - u.start)
    offset, line = u.start, u.first_line
    for raw in data.split(b"\n"):
        length = len(raw) + 1
        where = f"{u.path}:{line}"
        uid = u.uid | line
        if raw.strip():
            doc, reason = parse_line(raw, max_bytes)
            if reason:
                rejects.append({"uid": uid, "id": doc.get("id") if doc else None,
                                "location": where, "reason": reason})
            else:
                doc.update(uid=uid, location=where, path=u.path, offset=offset,
                           length=len(raw))
                docs.append(doc)
        offset += length
        line += 1
        if offset >= u.end:
            break


def parse_line(raw, max_bytes):
    """(document, None) for one valid JSON line, else (partial document or None, reason)."""
    if len(raw) > max_bytes * 6 + 4096:  # JSON escapes at most sextuple a text.
        return None, f"too large: a {len(raw)}-byte line (limit {max_bytes}, --max-bytes)"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return None, f"invalid UTF-8 at byte {error.start} of the line"
    except ValueError as error:
        return None, f"malformed JSON: {error}"
    if not isinstance(record, dict):
        return None, "malformed JSON: a line must be an object with id and text"
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or doc_id == "":
        return None, "no id: each line needs an id (a string or a number)"
    doc = {"id": str(doc_id)}
    text = record.get("text")
    if not isinstance(text, str):
        return doc, "no text: each line needs a text string"
    text, reason = check_text(text, max_bytes)
    if reason:
        return doc, reason
    title, date = record.get("title"), record.get("date")
    doc.update(text=text, size=len(text.encode("utf-8")),
               title=title if isinstance(title, str) else None,
               date=date if isinstance(date, str) else None)
    return doc, None


def read_again(docs):
    """The texts of documents kept by read_units, from their paths, offsets and lengths (each
    JSON Lines file opened once)."""
    texts, files = [], {}
    try:
        for doc in docs:
            if doc["offset"] < 0:
                with open(doc["path"], "rb") as f:
                    data = f.read()
                texts.append(decode(data, len(data))[0])
                continue
            f = files.get(doc["path"]) or files.setdefault(doc["path"], open(doc["path"], "rb"))
            f.seek(doc["offset"])
            texts.append(json.loads(f.read(doc["length"]).decode("utf-8"))["text"])
    finally:
        for f in files.values():
            f.close()
    return texts
