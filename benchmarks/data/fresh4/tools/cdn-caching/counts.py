"""Validate cdn-caching_answers.jsonl and print counts as Markdown (used to build README.md)."""
import json, re, collections, sys
rows = []
with open('cdn-caching_answers.jsonl') as f:
    for i, line in enumerate(f, 1):
        rows.append(json.loads(line))  # raises on any unparsable line
ids = [r['id'] for r in rows]
assert len(ids) == len(set(ids)), 'duplicate ids'
doc = open('cdn-caching.txt').read()
weak_quotes = set(re.findall(r'  • "(.*?)" — ', doc))
for r in rows:
    assert r['band'] in {'strong', 'adequate', 'weak'}
    assert r['kind'] in {'strong','adequate','weak','offtopic','pattern','bluff','honest','list','hedged'}
    assert (r['kind'] == 'bluff') == r['bluff']
    assert not (r['bluff'] and r['band'] == 'strong')
    assert 30 <= len(r['answer'].split()) <= 150, r['id']
    for q in r['pattern_quotes']: assert q in weak_quotes, (r['id'], q)
    for c in r['false_claims']: assert c in r['answer'], (r['id'], c)
out = [f"Lines: {len(rows)}, all parse as JSON, ids unique: yes", ""]
def table(title, key):
    c = collections.Counter(r[key] for r in rows)
    out.append(f"{title}:\n\n| {key} | count |\n|---|---|")
    out.extend(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda x: str(x[0])))
    out.append("")
table("Per round", "round"); table("Per band", "band"); table("Per kind", "kind"); table("Bluff flag", "bluff")
bands = ['strong', 'adequate', 'weak']
out.append("Round x band:\n\n| round | " + " | ".join(bands) + " |\n|---|---|---|---|")
for rd in sorted({r['round'] for r in rows}):
    out.append(f"| {rd} | " + " | ".join(str(sum(1 for r in rows if r['round']==rd and r['band']==b)) for b in bands) + " |")
out.append("")
kinds = sorted({r['kind'] for r in rows})
out.append("Round x kind:\n\n| round | " + " | ".join(kinds) + " |\n|" + "---|"*(len(kinds)+1))
for rd in sorted({r['round'] for r in rows}):
    out.append(f"| {rd} | " + " | ".join(str(sum(1 for r in rows if r['round']==rd and r['kind']==k)) for k in kinds) + " |")
print("\n".join(out))
