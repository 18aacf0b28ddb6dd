"""Hostile files get one clear line and exit 2, never a traceback (issue 12, section 4).

The command line is driven in-process (fast enough for hypothesis to try hundreds of files),
then a few cases again as real `boussole-cli` processes. Whatever the bytes of an assessment
file or an encrypted export, `score`, `report` and `import` either succeed or print exactly
one line on stderr and return 2; nothing half-read is ever stored.
"""
from __future__ import annotations

import base64
import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.limits import MAX_NAME, MAX_NOTE
from desktop.cli import main
from desktop.transfer import write_encrypted
from tests.factories import make_assessment

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "resources" / "samples" / "bakery.json").read_text(encoding="utf-8"))
PASSPHRASE = "correct horse battery"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(code: int, err: str, needle: str = "") -> None:
    assert code == 2, err
    lines = err.rstrip("\n").split("\n")
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].isprintable(), lines[0]
    assert needle in lines[0], lines[0]
    assert len(lines[0]) < 600, "the line stays readable"


def _variant(**changes) -> dict:
    data = copy.deepcopy(SAMPLE)
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for key in parents:
            target = target[key] if not isinstance(target, list) else target[int(key)]
        target[last] = value
    return data


FIRST_ANSWER = next(iter(SAMPLE["answers"]))

CASES = {
    "a list holding an object in the profile": (
        json.dumps(_variant(profile__sells_online=[{}])), "profile 'sells_online'"),
    "a list holding a list in the profile": (
        json.dumps(_variant(profile__sells_online=[["social"]])), "profile 'sells_online'"),
    "[ x 100,000": ("[" * 100_000, "nested too deeply"),
    '{"a": x 100,000': ('{"a":' * 100_000, "nested too deeply"),
    "a 4,301-digit number": (json.dumps(SAMPLE)[:-1] + ', "x": ' + "7" * 4301 + "}",
                             "4,301 digits"),
    "a 4,301-digit version": (json.dumps(SAMPLE).replace('"version": 1', '"version": ' + "1" * 4301),
                              "digits"),
    "a lone surrogate in the name": (
        json.dumps(_variant(business__name="Caf\ud800"), ensure_ascii=True), "business.name"),
    "a lone surrogate in a note": (
        json.dumps(_variant(**{f"answers__{FIRST_ANSWER}__note": "a\udc00b"}), ensure_ascii=True),
        f"answers.{FIRST_ANSWER}.note"),
    "a lone surrogate in a key": (
        json.dumps(_variant(profile={"\udfff": "x"}), ensure_ascii=True), "broken character"),
    "duplicate keys": ('{"format": "boussole-assessment", ' + json.dumps(SAMPLE)[1:],
                       "appears twice"),
    "a 1,000,000-character business name": (
        json.dumps(_variant(business__name="x" * 1_000_000)),
        f"the limit is {MAX_NAME:,}"),
    "a 1,000,000-character action note": (
        json.dumps(_variant(actions={"cyber.backup_3_2_1": {"status": "todo",
                                                            "note": "n" * 1_000_000}})),
        f"the limit is {MAX_NOTE:,}"),
    "NaN": (json.dumps(SAMPLE)[:-1] + ', "x": NaN}', "NaN"),
    # shown as they were in the client list's date column
    "a start that is no date": (json.dumps(_variant(started_at="yesterday")),
                                "field 'started_at' is 'yesterday'"),
    "an answer time that is no date": (
        json.dumps(_variant(**{f"answers__{FIRST_ANSWER}__answered_at": "not a date"})),
        f"answers.{FIRST_ANSWER}.answered_at"),
    "an end that is no date": (json.dumps(_variant(completed_at="31/12/2026")),
                               "use a date and time like"),
    "not UTF-8": (b"\xff\xfe{}", "UTF-8"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    out = {}
    for n, (name, (text, needle)) in enumerate(CASES.items()):
        path = folder / f"case{n}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        out[name] = (path, needle)
    return out


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("command", ["score", "report", "import"])
def test_each_hostile_file_gets_one_line_and_exit_2(hostile, case, command, tmp_path, capsys):
    path, needle = hostile[case]
    extra = {"score": [], "report": ["-o", str(tmp_path / "plan.pdf")],
             "import": ["--data-dir", str(tmp_path / "data")]}[command]
    code, out, err = _run(capsys, command, str(path), *extra)
    _refused(code, err, needle)
    assert err.count("not an assessment") <= 1, f"the line says the same thing twice: {err}"
    assert not (tmp_path / "plan.pdf").exists()
    assert not (tmp_path / "data").exists(), "refused before the data folder is even opened"


def test_the_sample_itself_still_reads(tmp_path, capsys):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    code, out, err = _run(capsys, "score", str(path))
    assert code == 0, err


def test_a_report_path_with_a_name_too_long_for_the_disk(tmp_path, capsys):
    code, out, err = _run(capsys, "report", str(ROOT / "resources" / "samples" / "bakery.json"),
                          "-o", str(tmp_path / ("é" * 130) / "plan.pdf"))
    _refused(code, err, "too long for the disk")


# -- encrypted exports ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory, content):
    """A real encrypted export (scrypt at full strength: made once)."""
    path = tmp_path_factory.mktemp("export") / "client.boussole"
    write_encrypted(make_assessment(content, "mixed"), path, PASSPHRASE)
    header, _, body = path.read_bytes().partition(b"\n")
    return path, json.loads(header), body


def _with_header(folder: Path, header: dict, body: bytes, name: str = "h.boussole") -> Path:
    path = folder / name
    path.write_bytes(json.dumps(header, separators=(",", ":")).encode() + b"\n" + body)
    return path


@pytest.mark.parametrize("change", [
    {"n": 1025}, {"n": 2**20}, {"n": 2**40}, {"n": 0}, {"n": -1}, {"n": "131072"}, {"r": 10**6},
    {"p": 2**31}, {"n": True}, {"nonce": ""}, {"nonce": base64.b64encode(b"x" * 7).decode()},
    {"nonce": base64.b64encode(b"x" * 200).decode()}, {"salt": ""}, {"salt": 12},
    {"version": "1"}, {"version": 10**25}, {"version": 2},
])
def test_hostile_encrypted_headers_get_one_line(exported, tmp_path, capsys, monkeypatch, change):
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASSPHRASE)
    _, header, body = exported
    path = _with_header(tmp_path, {**header, **change}, body)
    code, out, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "data"))
    _refused(code, err, "newer Boussole" if change == {"version": 2} else "encrypted file")


def test_a_hostile_header_in_another_shape(exported, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASSPHRASE)
    _, _, body = exported
    for n, head in enumerate((b'{"format":"boussole-encrypted-assessment"' + b"[" * 3000,
                              b'{"format":"boussole-encrypted-assessment","n":1,"n":2}',
                              b'{"format":"boussole-encrypted-assessment"}' + b" " * 5000)):
        path = tmp_path / f"shape{n}.boussole"
        path.write_bytes(head + b"\n" + body)
        code, out, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "data"))
        _refused(code, err, "encrypted file is damaged")


# -- any bytes at all -------------------------------------------------------------------------

GOOD = json.dumps(SAMPLE, ensure_ascii=False).encode("utf-8")
# Text with lone surrogates too (written as JSON escapes: "\\ud800"), as a hostile file holds.
texts = st.text() | st.text(st.characters(categories=["Cs", "Ll", "Zs"]), max_size=6)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(texts, children, max_size=4), max_leaves=12)
FIELDS = ["format", "version", "id", "content_version", "language", "business", "assessor",
          "started_at", "completed_at", "profile", "answers", "actions"]


@st.composite
def assessment_bytes(draw) -> bytes:
    kind = draw(st.sampled_from(["bytes", "mutated", "field", "nested"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "mutated":
        data = bytearray(GOOD)
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["flip", "cut", "insert"]))
            if op == "flip":
                data[at] = draw(st.integers(0, 255))
            elif op == "cut":
                del data[at:at + draw(st.integers(1, 40))]
            else:
                data[at:at] = draw(st.binary(min_size=1, max_size=8))
        return bytes(data)
    data = copy.deepcopy(SAMPLE)
    if kind == "field":
        data[draw(st.sampled_from(FIELDS))] = draw(json_values)
    else:
        section = draw(st.sampled_from(["business", "assessor", "profile", "answers", "actions"]))
        data[section] = {**data[section], draw(texts): draw(json_values)}
        if section == "answers":
            data[section][FIRST_ANSWER] = {"option": draw(json_values), "note": draw(json_values)}
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=assessment_bytes())
def test_any_bytes_as_an_assessment_file_give_a_result_or_the_one_error(tmp_path, capsys, raw):
    path = tmp_path / "any.json"
    path.write_bytes(raw)
    code, out, err = _run(capsys, "score", str(path))
    if code == 0:
        assert json.loads(out) and not err
    else:
        _refused(code, err, str(path))


@st.composite
def encrypted_bytes(draw, header: dict, body: bytes) -> bytes:
    fields = dict(header)
    for key in draw(st.lists(st.sampled_from(["n", "r", "p", "salt", "nonce", "version",
                                              "format", "kdf"]), max_size=3, unique=True)):
        fields[key] = draw(st.integers(-2, 2**22) | json_values)
    head = json.dumps(fields, separators=(",", ":")).encode("utf-8", "surrogatepass")
    tail = draw(st.sampled_from([body, body[: len(body) // 2], b"", b"@@@"]) | st.binary(max_size=60))
    return head + b"\n" + tail


@pytest.fixture(scope="module")
def quick_export(tmp_path_factory, content):
    """An export made with a small scrypt n, so hypothesis can decrypt hundreds quickly."""
    from desktop import transfer

    path = tmp_path_factory.mktemp("quick") / "quick.boussole"
    saved = transfer.SCRYPT_N
    transfer.SCRYPT_N = 2**10
    try:
        write_encrypted(make_assessment(content, "mixed"), path, PASSPHRASE)
    finally:
        transfer.SCRYPT_N = saved
    header, _, body = path.read_bytes().partition(b"\n")
    return json.loads(header), body


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_encrypted_export_gives_a_checkup_or_the_one_error(quick_export, tmp_path, capsys,
                                                               monkeypatch, data):
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASSPHRASE)
    header, body = quick_export
    path = tmp_path / "any.boussole"
    path.write_bytes(data.draw(encrypted_bytes(header, body)))
    code, out, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "data"))
    if code == 0:
        assert out.strip() and not err
    else:
        _refused(code, err, str(path))


# -- real processes ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["[ x 100,000", "a lone surrogate in the name",
                                  "a 4,301-digit number", "duplicate keys"])
def test_real_processes_print_one_line_and_exit_2(hostile, case, tmp_path):
    path, needle = hostile[case]
    for command in ("score", "import"):
        extra = ["--data-dir", str(tmp_path / "data")] if command == "import" else []
        done = subprocess.run([sys.executable, "-m", "desktop.cli", command, str(path), *extra],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and needle in done.stderr


def test_a_real_process_refuses_a_hostile_export_header(exported, tmp_path):
    _, header, body = exported
    path = _with_header(tmp_path, {**header, "n": 2**20}, body)
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(path),
                           "--data-dir", str(tmp_path / "data")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**__import__("os").environ,
                                                      "BOUSSOLE_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


# -- the store: the same limits where the app writes ---------------------------------------------


def test_the_store_refuses_what_no_file_may_hold(data_dir, content):
    from desktop.errors import StoreError
    from desktop.open_checkup import OpenCheckup
    from tests.factories import open_checkups

    with open_checkups(data_dir, content) as checkups:
        for name in ("x" * 1_000_000, "Caf\ud800", "Garage\udcff"):
            with pytest.raises(StoreError, match="business.name"):
                checkups.create_business(name)
        business = checkups.create_business("Garage Zoé").business_id
        with pytest.raises(StoreError, match="business.city"):
            checkups.edit_business(business, city="x" * (MAX_NAME + 1))
        checkup = OpenCheckup(checkups, checkups.start_checkup(business).checkup_id)
        question = checkup.applicable_questions()[0]
        option = question.options[0].id
        for note in ("n" * 1_000_000, "a\ud800b"):
            with pytest.raises(StoreError, match="note"):
                checkup.answer(question.id, option, note=note)
            with pytest.raises(StoreError, match="note"):
                checkup.save_note(question.id, note)
        action = next(iter(content.actions))
        with pytest.raises(StoreError, match="note"):
            checkup.set_action(action, note="n" * (MAX_NOTE + 1))
        with pytest.raises(StoreError, match="owner"):
            checkup.set_action(action, owner="\udc80")
        checkup.answer(question.id, option, note="n" * MAX_NOTE)     # at the limit: kept
        assert [b["name"] for b in checkups.businesses()] == ["Garage Zoé"]
        assert checkups.store.notes(checkup.id) == {question.id: "n" * MAX_NOTE}


def test_a_passphrase_that_is_not_text_gets_one_line(tmp_path, capsys, monkeypatch):
    """BOUSSOLE_PASSPHRASE holding bytes that are not UTF-8 (they arrive as lone surrogates)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())              # passphrase mode (the conftest restores)
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "abc\udcffdefghijkl")
    code, out, err = _run(capsys, "list", "--data-dir", str(tmp_path / "data"))
    _refused(code, err, "not UTF-8 text")
