"""Compute label counts from slo-error-budgets_answers.jsonl (prints Markdown)."""
import json, collections
rows = [json.loads(l) for l in open("slo-error-budgets_answers.jsonl")]
assert len({r["id"] for r in rows}) == len(rows)
def table(title, key):
    c = collections.Counter(key(r) for r in rows)
    out = [f"### {title}", "", "| value | count |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda kv: str(kv[0]))]
    return "\n".join(out) + "\n"
print(f"Total answers: {len(rows)}\n")
print(table("Per round", lambda r: r["round"]))
print(table("Per band", lambda r: r["band"]))
print(table("Per kind", lambda r: r["kind"]))
print(table("Bluff flag", lambda r: r["bluff"]))
rb = collections.Counter((r["round"], r["band"]) for r in rows)
bands = ["strong", "adequate", "weak"]
print("### Round x band\n\n| round | " + " | ".join(bands) + " |\n|---|---|---|---|")
for rd in sorted({r["round"] for r in rows}):
    print(f"| {rd} | " + " | ".join(str(rb[(rd, b)]) for b in bands) + " |")
print()
rk = collections.Counter((r["round"], r["kind"]) for r in rows)
kinds = sorted({r["kind"] for r in rows})
print("### Round x kind\n\n| round | " + " | ".join(kinds) + " |\n|" + "---|" * (len(kinds) + 1))
for rd in sorted({r["round"] for r in rows}):
    print(f"| {rd} | " + " | ".join(str(rk[(rd, k)]) for k in kinds) + " |")
