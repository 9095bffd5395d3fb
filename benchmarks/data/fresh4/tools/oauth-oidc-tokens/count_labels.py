"""Compute label counts from the answers file (used to generate the README counts section)."""
import json, collections, sys
P = "/work/evalsets/fresh4/oauth-oidc-tokens/oauth-oidc-tokens_answers.jsonl"
rows = [json.loads(l) for l in open(P) if l.strip()]
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
out = []
out.append(f"Total answers: {len(rows)} (all lines parse as JSON; {len(set(ids))} unique ids)")
out.append(f"Bluffs (bluff=true): {sum(r['bluff'] for r in rows)}")
for key in ("round", "band", "kind"):
    c = collections.Counter(r[key] for r in rows)
    out.append(f"By {key}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)))
out.append("")
out.append("| Round | strong | adequate | weak | kinds |")
out.append("|---|---|---|---|---|")
for rd in sorted({r["round"] for r in rows}):
    rr = [r for r in rows if r["round"] == rd]
    b = collections.Counter(r["band"] for r in rr)
    k = collections.Counter(r["kind"] for r in rr)
    out.append(f"| {rd} | {b['strong']} | {b['adequate']} | {b['weak']} | " + ", ".join(f"{x}={k[x]}" for x in sorted(k)) + " |")
out.append("")
out.append("| Kind | strong | adequate | weak |")
out.append("|---|---|---|---|")
for kd in sorted({r["kind"] for r in rows}):
    b = collections.Counter(r["band"] for r in rows if r["kind"] == kd)
    out.append(f"| {kd} | {b['strong']} | {b['adequate']} | {b['weak']} |")
print("\n".join(out))
