"""govgraph build keeps every document apart and the store in step with the inputs: a distinct
graph per input whatever its name, no graph outliving its document, a build killed half-way
mended by the next one, and the same bytes from any process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govgraph.graph.build import build
from govgraph.graph.iris import DEFAULT_BASE
from govgraph.graph.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = DEFAULT_BASE + "document/"


def minutes(body: str, day: str, chair: str, member: str) -> str:
    return (f"{body}\n{day}\n\nPresent:- Councillor {chair} (in the Chair); Councillor {member}.\n\n"
            "1. APOLOGIES\nThere were no apologies.\n")


def names_in_store(out: Path) -> set[str]:
    """Every foaf:name the store holds, in any graph."""
    with EmbeddedStore(out / "store", read_only=True) as store:
        rows = store.query("SELECT DISTINCT ?n { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } }").rows
    return {r["n"] for r in rows}


def document_graphs(out: Path) -> set[str]:
    with EmbeddedStore(out / "store", read_only=True) as store:
        return {g for g in store.graphs() if g.startswith(DOCUMENT)}


COLLIDING = {
    "same file name in two folders": ("a/minutes.txt", "b/minutes.txt"),
    "names that slug alike": ("Minutes 1.txt", "minutes-1.txt"),
    "names of only non-ASCII characters": ("議事録.txt", "протокол.txt"),
}


@pytest.mark.parametrize("first, second", COLLIDING.values(), ids=COLLIDING.keys())
def test_every_input_gets_its_own_graph(tmp_path, first, second):
    docs = tmp_path / "in"
    for rel, chair in ((first, "Ames"), (second, "Bell")):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(minutes("AUDIT COMMITTEE", "Monday 2 June 2025", chair, "Cole"), encoding="utf-8")
    inputs = sorted({(docs / rel).parent for rel in (first, second)})
    result = build(inputs, out=tmp_path / "out", outputs=False)
    graphs = [d.graph for d in result.documents]
    assert len(set(graphs)) == 2 and None not in graphs
    assert len({d.name for d in result.documents}) == 2
    assert document_graphs(tmp_path / "out") == set(graphs)
    assert {"Ames", "Bell"} <= names_in_store(tmp_path / "out")
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert all(f"<{g}>" in trig for g in graphs)
    saved = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert sorted(d["graph"] for d in saved["documents"]) == sorted(graphs)


def test_the_id_of_a_file_in_one_folder_is_its_name(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "m.txt").write_text(minutes("AUDIT COMMITTEE", "Monday 2 June 2025", "Ames", "Cole"))
    result = build([tmp_path / "in"], out=tmp_path / "out", outputs=False)
    assert [(d.name, d.graph) for d in result.documents] == [("m.txt", DOCUMENT + "m-txt")]


def test_a_graph_goes_when_its_document_goes_even_after_failing(tmp_path):
    docs, out = tmp_path / "in", tmp_path / "out"
    docs.mkdir()
    (docs / "keep.txt").write_text(minutes("AUDIT COMMITTEE", "Monday 2 June 2025", "Ames", "Cole"))
    flaky = docs / "flaky.txt"
    flaky.write_text(minutes("PLANNING COMMITTEE", "Tuesday 3 June 2025", "Dale", "Eden"))
    build([docs], out=out, outputs=False)
    assert {"Dale", "Eden"} <= names_in_store(out)

    flaky.write_bytes(b"\x00\x01\x02 not text")  # this build fails on it: its last graph stays
    failed = build([docs], out=out, outputs=False)
    assert [d.status for d in failed.documents if d.name == "flaky.txt"] == ["failed"]
    assert {"Dale", "Eden"} <= names_in_store(out)
    assert "Dale" in (out / "graph.trig").read_text(encoding="utf-8")

    flaky.unlink()
    build([docs], out=out, outputs=False)
    assert "Dale" not in names_in_store(out)
    assert document_graphs(out) == {DOCUMENT + "keep-txt"}
    assert not (out / "graphs" / "flaky-txt.nq").exists()


# A build run in its own process that SIGKILLs itself right after one step of replacing a
# document's graph: after writing the graph's .nq file, or after the store took the graph.
KILLING_BUILD = """
import os, signal, sys
from pathlib import Path
import govgraph.graph.build as b
from govgraph.graph.store import EmbeddedStore
where = sys.argv[3]
if where == "after-nq":
    real_write = b.write_atomic
    def write_atomic(target, data):
        real_write(target, data)
        if Path(target).suffix == ".nq" and Path(target).name.startswith("flaky"):
            os.kill(os.getpid(), signal.SIGKILL)
    b.write_atomic = write_atomic
else:
    real_replace = EmbeddedStore.replace_graph
    def replace_graph(self, iri, data, fmt="turtle"):
        real_replace(self, iri, data, fmt)
        if "flaky" in iri:
            self.close()
            os.kill(os.getpid(), signal.SIGKILL)
    EmbeddedStore.replace_graph = replace_graph
b.build([Path(sys.argv[1])], out=Path(sys.argv[2]), outputs=False)
"""


@pytest.mark.parametrize("where", ["after-nq", "after-store"])
def test_a_build_killed_between_file_and_store_is_mended_by_the_next(tmp_path, where):
    docs, out = tmp_path / "in", tmp_path / "out"
    docs.mkdir()
    (docs / "keep.txt").write_text(minutes("AUDIT COMMITTEE", "Monday 2 June 2025", "Ames", "Cole"))
    flaky = docs / "flaky.txt"
    first = minutes("PLANNING COMMITTEE", "Tuesday 3 June 2025", "Dale", "Eden")
    flaky.write_text(first)
    build([docs], out=out, outputs=False)

    flaky.write_text(minutes("PLANNING COMMITTEE", "Tuesday 3 June 2025", "Dale", "Fenn"))
    killed = subprocess.run([sys.executable, "-c", KILLING_BUILD, str(docs), str(out), where],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9, killed.stderr

    build([docs], out=out, outputs=False)  # the new text: the store must hold it
    assert "Fenn" in names_in_store(out) and "Eden" not in names_in_store(out)

    flaky.write_text(first)  # and back again: the store must follow, whatever the .nq said
    build([docs], out=out, outputs=False)
    assert "Eden" in names_in_store(out) and "Fenn" not in names_in_store(out)


BUILD_ONCE = "import sys; from govgraph.graph.build import build; build([sys.argv[1]], out=sys.argv[2], outputs=False)"


def test_graph_trig_is_the_same_bytes_from_processes_with_other_hash_seeds(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    for i, (body, chair) in enumerate((("AUDIT COMMITTEE", "Ames"), ("PLANNING COMMITTEE", "Bell"),
                                       ("LICENSING COMMITTEE", "Cole"), ("CABINET", "Dale"))):
        (docs / f"m{i}.txt").write_text(minutes(body, "Monday 2 June 2025", chair, "Eden"))
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-c", BUILD_ONCE, str(docs), str(out)], cwd=ROOT, check=True,
                       env=dict(os.environ, PYTHONHASHSEED=seed), timeout=300)
        outputs.append((out / "graph.trig").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
