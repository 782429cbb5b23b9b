"""End-to-end tests of the command line: the real ``govgraph`` run as a subprocess (or ``main``
in-process where a failure has to be injected), checked on exit status, stdout, stderr and files.

All inputs are generated here; no corpus text is used.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govgraph import cli

REPO = Path(__file__).resolve().parents[1]

# An invented meeting in the genre's usual shape (no real names, bodies or dates).
MINUTES = """\
EXAMPLE SCRUTINY PANEL
Minutes of the meeting held on Tuesday, 4 March 2031 at the Town Hall, Exampleton.

Present:- Councillor A. Smith (in the Chair); Councillors Brown, Jones and Patel.

Apologies for absence were received from Councillor Green.

12. WORK PROGRAMME
Jane Doe, Head of Democratic Services, presented the report.

Resolved:- That the work programme be noted and a further report be brought to the next meeting.
"""

CONTRACT_KEYS = {"doc", "meetings", "attendance", "people", "bodies", "agenda_items", "reported",
                 "resolutions"}


def run_cli(*args: object, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "govgraph.cli", *map(str, args)],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def leftovers(folder: Path) -> list[str]:
    """Temporary or hidden files an interrupted write might leave behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp")


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """A folder of two good documents, plus files a folder run must skip."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "b_minutes.txt").write_text(MINUTES, encoding="utf-8")
    (docs / "a_agenda.md").write_text("# Agenda\n\n" + MINUTES, encoding="utf-8")
    (docs / ".hidden.txt").write_text(MINUTES, encoding="utf-8")
    (docs / "notes.xyz").write_text(MINUTES, encoding="utf-8")
    (docs / "sub").mkdir()
    (docs / "sub" / "c_nested.txt").write_text(MINUTES, encoding="utf-8")
    return docs


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Inputs and outputs


def test_folder_gives_json_lines_in_name_order(docs_dir: Path):
    result = run_cli("extract", docs_dir.name, cwd=docs_dir.parent)
    assert result.returncode == 0, result.stderr
    records = json_lines(result.stdout)
    assert [r["doc"] for r in records] == ["a_agenda.md", "b_minutes.txt"]
    for record in records:
        assert CONTRACT_KEYS <= record.keys()
    assert result.stderr == ""  # piped, all good: nothing to say


def test_out_writes_one_file_per_document(docs_dir: Path):
    out = docs_dir.parent / "out"
    result = run_cli("extract", docs_dir.name, "--out", "out", cwd=docs_dir.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a_agenda.json", "b_minutes.json"]
    for path, doc in ((out / "a_agenda.json", "a_agenda.md"), (out / "b_minutes.json", "b_minutes.txt")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("{\n  ") and text.endswith("}\n")  # indented, one final newline
        data = json.loads(text)
        assert data["doc"] == doc and CONTRACT_KEYS <= data.keys()
    # The closing summary: one line with the counts and where the results are.
    [summary] = lines(result.stderr)
    assert "2 done, 0 failed" in summary and "out" in summary
    for label in ("meetings", "attendance", "people", "bodies", "items", "resolutions"):
        assert label in summary


def test_out_twice_gives_identical_files(docs_dir: Path):
    out = docs_dir.parent / "out"
    run_cli("extract", docs_dir.name, "--out", "out", "--quiet", cwd=docs_dir.parent)
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    run_cli("extract", docs_dir.name, "--out", "out", "--quiet", cwd=docs_dir.parent)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_quiet_prints_nothing_on_success(docs_dir: Path):
    result = run_cli("extract", docs_dir.name, "--out", "out", "--quiet", cwd=docs_dir.parent)
    assert result.returncode == 0
    assert result.stderr == "" and result.stdout == ""


def test_verbose_prints_each_documents_diagnostics(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(MINUTES, encoding="utf-8")
    # a paper with a decision formula the extractor cannot place: no minutes heading, no item
    (docs / "b.txt").write_text("Some notes.\n\nRESOLVED that the scheme be approved.\n", encoding="utf-8")
    quiet = run_cli("extract", "docs", cwd=tmp_path)
    assert quiet.stderr == "" and all("diagnostics" in r for r in json_lines(quiet.stdout))
    result = run_cli("extract", "docs", "--verbose", cwd=tmp_path)
    assert result.returncode == 0
    assert json_lines(result.stdout) == json_lines(quiet.stdout)  # stdout stays JSON
    err = lines(result.stderr)
    a, b = Path("docs/a.txt"), Path("docs/b.txt")
    assert err[0].startswith(f"{a}: minutes; 1 meetings, ") and "1 agenda items" in err[0] and "1 resolutions" in err[0]
    assert not any(line.startswith(f"{a}:") and "warning" in line for line in err)
    assert f"{b}: unrecognised; " in err[1]
    warnings = [line for line in err if line.startswith(f"{b}:") and ": warning: " in line]
    assert any(line.startswith(f"{b}:1: warning:") and line.endswith("[unrecognised_document]") for line in warnings)
    assert any(line.startswith(f"{b}:3: warning:") and "RESOLVED" in line and line.endswith("[decisions_without_resolutions]")
               for line in warnings), err


def test_same_stem_with_out_is_an_error_for_the_second(tmp_path: Path):
    for folder, name in (("a", "x.txt"), ("b", "x.md")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(MINUTES, encoding="utf-8")
    result = run_cli("extract", "a/x.txt", "b/x.md", "--out", "out", "--quiet", cwd=tmp_path)
    assert result.returncode == 1
    [line] = lines(result.stderr)
    assert line.startswith(f"{Path('b/x.md')}: ") and "same stem" in line
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["x.json"]
    assert json.loads((tmp_path / "out" / "x.json").read_text(encoding="utf-8"))["doc"] == "x.txt"
    # On stdout there is no file to share: both are extracted.
    result = run_cli("extract", "a/x.txt", "b/x.md", cwd=tmp_path)
    assert result.returncode == 0
    assert [r["doc"] for r in json_lines(result.stdout)] == ["x.txt", "x.md"]


def test_a_file_named_twice_is_extracted_once(good_file: Path):
    result = run_cli("extract", good_file.name, f"./{good_file.name}", cwd=good_file.parent)
    assert result.returncode == 0
    assert len(json_lines(result.stdout)) == 1


# ---------------------------------------------------------------------------------------------
# Bad inputs: one stderr line naming the file, the good file still done, exit status 1.


def _png_of_text() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(image).text((10, 40), "Minutes of the meeting", fill="black")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def make_empty(path: Path) -> Path:
    path = path.with_name("empty.txt")
    path.write_bytes(b"")
    return path


def make_binary_txt(path: Path) -> Path:
    path = path.with_name("binary.txt")
    path.write_bytes(bytes(range(256)) * 64)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A page that is only an image of text: no text layer."""
    from fpdf import FPDF

    png = path.with_name("scan.png")
    png.write_bytes(_png_of_text())
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=10, y=10, w=150)
    path = path.with_name("scanned.pdf")
    pdf.output(str(path))
    png.unlink()
    return path


def make_blank_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    path = path.with_name("blank.pdf")
    pdf.output(str(path))
    return path


def make_truncated_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for paragraph in MINUTES.split("\n\n"):
        document.add_paragraph(paragraph)
    buf = io.BytesIO()
    document.save(buf)
    data = buf.getvalue()
    path = path.with_name("truncated.docx")
    path.write_bytes(data[: len(data) // 2])
    return path


def make_unknown_suffix(path: Path) -> Path:
    path = path.with_name("minutes.rtf")
    path.write_text(MINUTES, encoding="utf-8")
    return path


def make_missing(path: Path) -> Path:
    return path.with_name("not-there.txt")


@pytest.mark.parametrize("make_bad", [
    make_empty, make_binary_txt, make_scanned_pdf, make_blank_pdf, make_truncated_docx,
    make_unknown_suffix, make_missing,
])
@pytest.mark.parametrize("quiet", [True, False])
def test_bad_input_gives_one_line_and_the_rest_is_done(tmp_path: Path, good_file: Path, make_bad, quiet):
    bad = make_bad(tmp_path / "x")
    flags = ["--quiet"] if quiet else []
    result = run_cli("extract", bad.name, good_file.name, *flags, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert [r["doc"] for r in json_lines(result.stdout)] == ["good.txt"]
    [line] = lines(result.stderr)
    assert line.startswith(f"{bad.name}: "), line
    assert "Traceback" not in result.stderr


SHARED = Path(os.environ.get("GOVGRAPH_SHARED", REPO.parent / "shared"))
SCANNED = sorted((SHARED / "dev" / "hostile").glob("*.pdf")) if (SHARED / "dev" / "hostile").is_dir() else []


@pytest.mark.skipif(not SCANNED, reason="../shared/dev/hostile (a real scanned PDF) is not beside the checkout")
def test_a_real_scanned_pdf_gives_one_line_and_the_build_goes_on(tmp_path: Path, good_file: Path):
    docs = tmp_path / "in"
    docs.mkdir()
    os.symlink(SCANNED[0], docs / "scan.pdf")
    (docs / "good.txt").write_bytes(good_file.read_bytes())
    result = run_cli("extract", "in", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert [ln for ln in lines(result.stderr) if "scan.pdf" in ln] == [f"{Path('in/scan.pdf')}: no text layer (scanned PDF?)"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.json"]

    first = run_cli("build", "in", "--out", "built", cwd=tmp_path)
    assert first.returncode == 1 and lines(first.stderr)[0] == f"{Path('in/scan.pdf')}: no text layer (scanned PDF?)"
    saved = json.loads((tmp_path / "built" / "build.json").read_text(encoding="utf-8"))
    status = {d["name"]: d["status"] for d in saved["documents"]}
    assert status == {"scan.pdf": "failed", "good.txt": "extracted"}
    trig = (tmp_path / "built" / "graph.trig").read_bytes()
    again = run_cli("build", "in", "--out", "built", cwd=tmp_path)  # nothing already built is lost
    assert again.returncode == 1 and (tmp_path / "built" / "graph.trig").read_bytes() == trig


def test_bad_input_with_out_still_writes_the_good_file(tmp_path: Path, good_file: Path):
    bad = make_binary_txt(tmp_path / "x")
    result = run_cli("extract", bad.name, good_file.name, "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    named = [line for line in lines(result.stderr) if bad.name in line]
    assert len(named) == 1 and named[0].startswith(f"{bad.name}: ")
    assert "1 done, 1 failed" in lines(result.stderr)[-1]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]


def test_empty_folder_is_an_error(tmp_path: Path, good_file: Path):
    (tmp_path / "nothing").mkdir()
    result = run_cli("extract", "nothing", good_file.name, cwd=tmp_path)
    assert result.returncode == 1
    [line] = lines(result.stderr)
    assert line.startswith("nothing: ")
    assert len(json_lines(result.stdout)) == 1


# ---------------------------------------------------------------------------------------------
# Usage errors: exit status 2, nothing on stdout.


@pytest.mark.parametrize("args", [
    [],                                        # no command
    ["frobnicate"],                            # unknown command
    ["extract"],                               # no PATH
    ["extract", "--bogus", "good.txt"],        # unknown option
    ["extract", "--format", "xml", "good.txt"],
    ["extract", "good.txt", "--out"],          # --out without DIR
    ["extract", "good.txt", "--out", "good.txt"],  # --out names a file
])
def test_usage_errors_exit_2(good_file: Path, args):
    result = run_cli(*args, cwd=good_file.parent)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "usage:" in result.stderr


@pytest.mark.parametrize("args", [
    ["build", "good.txt", "--out", "b2", "--base", "https://x/a b/"],  # a space in the base IRI
    ["build", "good.txt", "--out", "b2", "--base", "https://x/<a>/"],
    ["query", "--name", "cq02", "--graph", "b", "--param", "meetings=-5"],  # a negative page
    ["query", "--name", "cq02", "--graph", "b", "--param", "meetings=99999999999999999999"],
    ["query", "--name", "cq08", "--graph", "b", "--param", "min_bodies=-1"],
])
def test_bad_values_are_usage_errors_of_one_line(good_file: Path, args):
    built = run_cli("build", "good.txt", "--out", "b", "--quiet", cwd=good_file.parent)
    assert built.returncode == 0, built.stderr
    result = run_cli(*args, cwd=good_file.parent)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(f"govgraph {args[0]}: error: ")


# ---------------------------------------------------------------------------------------------
# Atomic writes: an interrupted or failed run leaves no partial file and the old results whole.


@pytest.fixture
def three_docs(tmp_path: Path, monkeypatch) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (docs / name).write_text(MINUTES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return docs


def test_extraction_failure_for_one_file_is_reported_and_others_go_on(three_docs: Path, monkeypatch, capsys):
    from govgraph.loaders import extract as extract_mod

    real = extract_mod.extract_document

    def flaky(document):
        if document.name == "b.txt":
            raise RuntimeError("boom\nsecond line")
        return real(document)

    monkeypatch.setattr(extract_mod, "extract_document", flaky)
    assert cli.main(["extract", "docs", "--out", "out", "--quiet"]) == 1
    captured = capsys.readouterr()
    assert lines(captured.err) == [f"{Path('docs/b.txt')}: extraction failed: RuntimeError: boom second line"]
    out = Path("out")
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]
    assert leftovers(out) == []


def _previous_results(tmp_path: Path) -> dict[str, bytes]:
    assert cli.main(["extract", "docs", "--out", "out", "--quiet"]) == 0
    return {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}


def test_interrupted_write_leaves_previous_results_whole(three_docs: Path, tmp_path: Path, monkeypatch, capsys):
    before = _previous_results(tmp_path)
    (three_docs / "a.txt").write_text(MINUTES + "\nAn extra line.\n", encoding="utf-8")
    real_replace = os.replace
    calls = []

    def interrupted_replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # Ctrl-C while the second file is being put in place
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted_replace)
    assert cli.main(["extract", "docs", "--out", "out", "--quiet"]) == cli.EXIT_INTERRUPTED
    monkeypatch.undo()
    out = tmp_path / "out"
    assert leftovers(out) == []
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after.keys() == before.keys()
    for name in ("b.json", "c.json"):  # never reached, or interrupted: still the old, whole file
        assert after[name] == before[name]
    for data in after.values():
        json.loads(data)
    assert "interrupted" in capsys.readouterr().err


def test_failed_write_is_one_line_and_leaves_no_temporary(three_docs: Path, tmp_path: Path, monkeypatch, capsys):
    before = _previous_results(tmp_path)
    real_fsync = os.fsync
    calls = []

    def disk_full(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_full)
    assert cli.main(["extract", "docs", "--out", "out", "--quiet"]) == 1
    monkeypatch.undo()
    [line] = lines(capsys.readouterr().err)
    assert line.startswith(f"{Path('docs/b.txt')}: ") and "No space left" in line
    out = tmp_path / "out"
    assert leftovers(out) == []
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_failed_rerun_keeps_the_previous_output(tmp_path: Path, good_file: Path):
    assert run_cli("extract", good_file.name, "--out", "out", "--quiet", cwd=tmp_path).returncode == 0
    previous = (tmp_path / "out" / "good.json").read_bytes()
    good_file.write_bytes(bytes(range(256)) * 64)  # the file went bad since
    result = run_cli("extract", good_file.name, "--out", "out", "--quiet", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "out" / "good.json").read_bytes() == previous
    assert leftovers(tmp_path / "out") == []


# ---------------------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize("name, data", [
    ("windows.txt", MINUTES.replace("Jane Doe", "Zoë Brontë – £5").encode("cp1252")),
    ("bom.txt", MINUTES.encode("utf-8-sig")),
    ("utf16.txt", MINUTES.encode("utf-16")),  # Notepad's "Unicode": UTF-16 with a BOM
])
def test_encodings_give_output(tmp_path: Path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    result = run_cli("extract", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [record] = json_lines(result.stdout)
    assert record["doc"] == name
    assert "\ufeff" not in result.stdout and "Ã" not in result.stdout  # no BOM or mojibake in quotes


# ---------------------------------------------------------------------------------------------
# Scale: a 50 MB file in bounded memory.

# A 50 MB text is 50 MB of bytes plus a str of the same size (ASCII), and the pipeline parses it
# block by block. Python with spaCy loaded is ~200 MB, so a streaming run needs well under 1 GB.
# Parsing the whole file as one spaCy Doc (~8 million tokens, a few hundred bytes each) or holding
# several copies of the text would pass 1.5 GB: that is what this bound catches.
PEAK_RSS_BOUND = 1.5 * 1024**3


def _write_big_text(path: Path, size: int) -> None:
    para = ("{n}. ITEM {n} OF THE EXAMPLE PANEL\nCouncillor Smith presented report number {n} on "
            "the work programme, and the Panel discussed it at length with the officers present.\n"
            "Resolved:- That report {n} be noted.\n\n")
    with path.open("w", encoding="utf-8") as handle:
        written, n = 0, 0
        while written < size:
            chunk = "".join(para.format(n=n + i) for i in range(1000))
            handle.write(chunk)
            written += len(chunk)
            n += 1000


def test_large_file_in_bounded_memory(tmp_path: Path):
    resource = pytest.importorskip("resource")
    big = tmp_path / "big.txt"
    _write_big_text(big, 50 * 1024**2)
    # A wrapper process, so RUSAGE_CHILDREN holds only the govgraph run (not earlier tests').
    wrapper = (
        "import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-m", "govgraph.cli", "extract", "big.txt",
         "--out", "out", "--quiet"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stderr
    maxrss = int(result.stdout.split()[-1])
    peak = maxrss if sys.platform == "darwin" else maxrss * 1024  # bytes on macOS, KiB on Linux
    assert peak < PEAK_RSS_BOUND, f"peak RSS {peak / 1024**2:.0f} MB"
    assert json.loads((tmp_path / "out" / "big.json").read_text(encoding="utf-8"))["doc"] == "big.txt"


# ---------------------------------------------------------------------------------------------
# Progress bar: only on a terminal, never with --quiet.


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_only_on_a_terminal(docs_dir: Path, quiet: bool):
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    flags = ["--quiet"] if quiet else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "govgraph.cli", "extract", docs_dir.name, *flags],
        cwd=docs_dir.parent, env=env, stdout=subprocess.PIPE, stderr=slave,
    )
    os.close(slave)
    stdout, _ = proc.communicate(timeout=300)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal's other end is closed and drained
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert len(stdout.splitlines()) == 2  # results are unaffected
    if quiet:
        assert terminal == ""
    else:
        assert "\r" in terminal and "2/2" in terminal and "b_minutes.txt" in terminal


# ---------------------------------------------------------------------------------------------
# Help and documentation stay in step.


def subcommands() -> list[str]:
    parser = cli.build_parser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(action.choices)


def help_examples(help_text: str) -> list[str]:
    """The example lines that close a --help text (after its last "Example:" heading)."""
    body = help_text.rstrip().splitlines()
    heads = [i for i, line in enumerate(body) if re.fullmatch(r"Examples?:", line.strip())]
    assert heads, "help has no Example: section"
    examples = [line.strip() for line in body[heads[-1] + 1:]]
    assert examples and all(line.startswith("govgraph ") for line in examples), examples
    return examples


def test_every_subcommand_is_known():
    assert "extract" in subcommands()


@pytest.mark.parametrize("command", [None, *subcommands()])
def test_help_ends_with_an_example_that_the_readme_shows(tmp_path: Path, command):
    args = ["--help"] if command is None else [command, "--help"]
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0
    examples = help_examples(result.stdout)
    if command is not None:
        assert all(line.startswith(f"govgraph {command}") for line in examples)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for line in examples:
        assert line in readme, f"README.md lacks the example {line!r}"


def test_python_dash_m_govgraph(tmp_path: Path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-m", "govgraph", "--version"], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("govgraph ")
