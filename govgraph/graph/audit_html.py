"""The governance-clarity audit as one self-contained HTML page.

No script, no external reference of any kind (no links, stylesheets, fonts or images from a
network); every text from the graph goes through :func:`html.escape`.

>>> from govgraph.graph.audit import Audit, Check, Finding, Evidence
>>> page = audit_to_html(Audit({"documents": []}, [Check("x", "T", "W", "M",
...     [Finding("<b>", ["<img src=x>"], [Evidence("d", 1, 2, "q&")])])]))
>>> "<img src=x>" in page, "&lt;img src=x&gt;" in page
(False, True)
"""

from __future__ import annotations

from html import escape

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:72rem;
color:#1b1b1b;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.why{font-style:italic;color:#333}.method{color:#555;font-size:.9rem}
.count{display:inline-block;min-width:1.6rem;text-align:center;border-radius:.8rem;padding:0 .5rem;
background:#eee;font-weight:600;margin-left:.4rem}.count.some{background:#ffe1b3}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;
vertical-align:top;text-align:left;font-size:.92rem}th{background:#f5f5f5}
.quote{font-family:Georgia,serif;color:#333}.doc{color:#555;font-size:.85rem;white-space:nowrap}
ul.ev{margin:0;padding-left:1rem}nav ul{columns:2}.none{color:#666}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def audit_to_html(audit) -> str:
    docs = audit.generated_from.get("documents", [])
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Governance clarity audit</title>", f"<style>{CSS}</style></head><body>",
           "<h1>Governance clarity audit</h1>",
           f"<p>Computed from {len(docs)} document(s): "
           + ", ".join(_e(d.get("name")) for d in docs) + ".</p>", "<nav><ul>"]
    for c in audit.checks:
        n = len(c.findings)
        out.append(f'<li><a href="#{_e(c.id)}">{_e(c.title)}</a>'
                   f'<span class="count{" some" if n else ""}">{n}</span></li>')
    out.append("</ul></nav>")
    for c in audit.checks:
        n = len(c.findings)
        out.append(f'<section id="{_e(c.id)}"><h2>{_e(c.title)}<span class="count{" some" if n else ""}">'
                   f"{n}</span></h2>")
        out.append(f'<p class="why">Why it matters: {_e(c.why)}</p>')
        out.append(f'<p class="method">How it is decided: {_e(c.method)} Looked at: {_e(c.checked)}.</p>')
        if not c.findings:
            out.append('<p class="none">No findings.</p></section>')
            continue
        out.append("<table><thead><tr><th>#</th><th>Finding</th><th>Subjects</th><th>Evidence</th></tr></thead><tbody>")
        for i, f in enumerate(c.findings, 1):
            ev = "".join(
                f'<li><span class="doc">{_e(e.document)}'
                + (f" [{_e(e.start)}–{_e(e.end)}]" if e.start is not None else "")
                + f'</span> <span class="quote">“{_e(e.quote)}”</span></li>' for e in f.evidence)
            out.append(f"<tr><td>{i}</td><td>{_e(f.summary)}</td><td>{'<br>'.join(_e(s) for s in f.subjects)}</td>"
                       f'<td><ul class="ev">{ev}</ul></td></tr>')
        out.append("</tbody></table></section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
