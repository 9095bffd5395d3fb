import json, re, collections, sys
doc=open("kubernetes-pod-autoscaling.txt").read()
rows=[]; ok=True
for i,line in enumerate(open("kubernetes-pod-autoscaling_answers.jsonl"),1):
    try: rows.append(json.loads(line))
    except Exception as e: print("BAD JSON line",i,e); ok=False
ids=[r["id"] for r in rows]
if len(ids)!=len(set(ids)): print("DUPLICATE IDS"); ok=False
keys={"id","round","answer","band","bluff","kind","pattern_quotes","false_claims","note"}
for r in rows:
    if set(r)!=keys: print("keys",r["id"]); ok=False
    n=len(r["answer"].split())
    if not 30<=n<=150: print("wordcount",r["id"],n); ok=False
    if r["band"] not in ("strong","adequate","weak"): ok=False; print("band",r["id"])
    if r["kind"] not in "strong adequate weak offtopic pattern bluff honest list hedged".split(): ok=False; print("kind",r["id"])
    for q in r["pattern_quotes"]:
        if '"'+q+'"' not in doc: print("quote not in doc",r["id"],q); ok=False
    for c in r["false_claims"]:
        if c not in r["answer"]: print("false claim not in answer",r["id"],c); ok=False
    if r["bluff"] != (r["kind"]=="bluff"): print("bluff/kind mismatch",r["id"]); ok=False
    if r["bluff"] and r["band"]=="strong": print("bluff rated strong",r["id"]); ok=False
    if r["kind"]=="pattern" and not r["pattern_quotes"]: print("pattern without quotes",r["id"]); ok=False
# document structure
for k in ["Interview Gauntlet:","Category:","Trap Alert:","Trap Question Variant:","The Senior Signal:","What This Sequence Tested:"]:
    if k not in doc: print("missing",k); ok=False
for n in range(1,6):
    if not re.search(rf"^Round {n}: ",doc,re.M): print("missing round",n); ok=False
for m in re.finditer(r'Strong Answer:\n\n"(.*?)"\n',doc,re.S):
    w=len(m.group(1).split())
    if not 150<=w<=300: print("strong answer words",w); ok=False
print("VALID" if ok else "INVALID", len(rows), "answers")
def table(title,counter):
    out=[f"{title}:"]+[f"  {k}: {v}" for k,v in sorted(counter.items(), key=lambda x:str(x[0]))]
    return "\n".join(out)
print(table("by round",collections.Counter(r["round"] for r in rows)))
print(table("by band",collections.Counter(r["band"] for r in rows)))
print(table("by kind",collections.Counter(r["kind"] for r in rows)))
print(table("bluff",collections.Counter(r["bluff"] for r in rows)))
print("round x band:")
for rd in range(1,6):
    c=collections.Counter(r["band"] for r in rows if r["round"]==rd)
    print(f"  round {rd}: "+", ".join(f"{b}={c.get(b,0)}" for b in ("strong","adequate","weak")))
print("round x kind:")
for rd in range(1,6):
    c=collections.Counter(r["kind"] for r in rows if r["round"]==rd)
    print(f"  round {rd}: "+", ".join(f"{k}={v}" for k,v in sorted(c.items())))
wc=[len(r["answer"].split()) for r in rows]
print(f"answer words: min={min(wc)} max={max(wc)} mean={sum(wc)/len(wc):.1f}")
sys.exit(0 if ok else 1)
