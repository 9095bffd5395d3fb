#!/usr/bin/env python3
"""Build gql_answers.jsonl: 30 labelled candidate answers for graphql-api-performance.txt.

Run:  python3 build_answers.py   (writes graphql-api-performance_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "graphql-api-performance_answers.jsonl")

# Common Weak Answer quotes, copied verbatim from graphql-api-performance.txt (check.py verifies).
CWA_R1_INDEX = "Add an index on the author_id column and the queries will be fast."
CWA_R2_DEPTH = "Just add a depth limit of 5."
CWA_R3_CLIENT = "Apollo Client caches everything on the client, so server caching doesn't matter."
CWA_R4_REST = "Agreed, REST is always faster, so let's rewrite the hot paths."
CWA_R5_TEAMS = "Each team just makes its own subgraph fast, and the whole graph will be fast."

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: N+1 and DataLoader ----------------
    (1,
     "Okay, so what's happening is the resolvers are firing one by one. You get the fifty posts in one "
     "query, fine, but then the author field resolves separately for each post, and the comments field does "
     "too, so you're looking at roughly a hundred and one queries. That's N+1. The fix I'd reach for is "
     "DataLoader. Instead of hitting the database in the author resolver, you call load with the author ID, "
     "and DataLoader gathers up all the IDs asked for in that same event-loop tick and hands them to one batch "
     "function, which does a single IN query. The catch is the batch function has to give back results lined "
     "up with the keys, same length, same order, so I'd build a map by ID and return nulls for the missing "
     "ones. And I'd make a fresh set of loaders for each incoming request, hung off the context, because its "
     "cache is just memoisation for that request, and if you share it you can leak data between users and "
     "serve stale rows. Then you're at three queries. I'd also limit how many comments per post come back, "
     "and check the query count in tracing afterwards.",
     "strong", "strong", [], [],
     "Correct and complete: explains per-field resolution and 1+N+N, DataLoader batching per tick, the "
     "same-length/same-order contract, per-request loaders and why, bounding comments, verifying with tracing."),
    (1,
     "It's an N+1 issue. GraphQL resolves each field on its own, so the author resolver is being called once "
     "per post and running its own query each time, and the same goes for comments. What I'd do is add "
     "DataLoader, so those individual author lookups get batched up into one query with an IN clause, and the "
     "same for comments. That should take you from a hundred-plus queries down to a handful. I'd check the "
     "database log again afterwards to confirm.",
     "adequate", "adequate", [], [],
     "Core diagnosis and fix are right, but it misses the batch-function ordering contract, per-request "
     "loader scope (cache leaks) and bounding the comments list."),
    (1,
     "Honestly, my first move would be on the database side. If the author lookups and the comment lookups "
     "are slow, you put an index on author_id and on post_id in the comments table, and then each of those "
     "lookups is basically instant, maybe a millisecond. A hundred one-millisecond queries is fine. So I'd "
     "look at the query plans, add whatever indexes are missing, and I think that gets the 1.8 seconds down "
     "to something reasonable without touching the GraphQL layer at all.",
     "weak", "pattern", [CWA_R1_INDEX], [],
     "Acts out the index weak answer: speeds up each query but leaves a hundred round trips; never names "
     "N+1 or batching."),
    (1,
     "Classic N+1: one query for the posts, then one per post for the author and one per post for the "
     "comments. The standard answer is DataLoader. Each resolver calls load with its key, and by default "
     "DataLoader holds the batch open for 10 milliseconds to collect keys, then makes a single batch call "
     "carrying every key, so you end up with a single WHERE id IN query for the authors and another for the "
     "comments. You create the loaders per request in the context so the cache doesn't leak between users. "
     "That gets you down to three queries, and 10 milliseconds of extra wait is nothing compared with the 1.8 "
     "seconds you're seeing now.",
     "adequate", "bluff", [],
     ["by default DataLoader holds the batch open for 10 milliseconds to collect keys",
      "10 milliseconds of extra wait is nothing"],
     "Bluff (contradicted default/duration): DataLoader has no timer by default; it coalesces loads made "
     "within one tick of the event loop and dispatches on the next tick. The rest is correct, so adequate."),
    (1,
     "This is the N+1 problem. Each post's author resolver goes off and queries on its own. I'd put a loader "
     "in front of it: the resolvers ask for keys, the loader collects them and calls one batch function, which "
     "runs a single query with all the IDs. The nice thing is you don't have to worry about what comes back: "
     "the batch function can just return the rows in whatever order the database gives them, and the loader "
     "matches each row back to the right key by itself. Missing authors just drop out. So the code stays "
     "really simple, one query in, rows out, and you've gone from a hundred queries to three.",
     "weak", "bluff", [],
     ["the batch function can just return the rows in whatever order the database gives them, and the loader "
      "matches each row back to the right key by itself",
      "Missing authors just drop out."],
     "Bluff, wrong about the mechanism in plain words: the batch function must return an array of the same "
     "length and order as the keys; the loader pairs results by position, so unordered rows attach authors "
     "to the wrong posts and a short array is an error. The false claim is the centre of the fix, so weak."),
    (1,
     "I'm pretty sure this is N+1: the author and comments resolvers run per post, so the query count scales "
     "with the number of posts. The usual fix is batching with something like DataLoader, where lookups that "
     "get collected together are turned into one query with all the IDs. I'll be honest, I've only used it "
     "through a framework, so I'd need to look up exactly how it decides when to fire the batch and what the "
     "batch function has to return. I do know loaders should be created per request, though I couldn't give "
     "you every reason why off the top of my head.",
     "adequate", "honest", [], [],
     "Honest: correct diagnosis and fix, states plainly what it would look up (batch timing, batch function "
     "contract). Core right, details missing: adequate."),

    # ---------------- Round 2: expensive queries ----------------
    (2,
     "The main thing is you've got to stop it before it executes, not halfway through. So, a few layers. "
     "Every list field has to take a page argument with a hard maximum; GitHub caps first and last at 100, "
     "for instance. Then a depth limit, somewhere around seven to ten, which kills the recursive "
     "friends-of-friends thing cheaply. But depth alone misses wide queries, so I'd add cost analysis on the "
     "parsed document: each field has a weight, lists multiply by the page size they ask for, and if the total "
     "is over budget you reject it with an error before any resolver runs. GitHub allows 500,000 nodes per "
     "call and 5,000 points an hour per user. I'd also cap aliases, because aliases let someone repeat a "
     "costly field, or a login mutation, a few hundred times in one request, and put an execution timeout on as "
     "a last resort. For our own apps, persisted queries as an allowlist, so only registered operations run "
     "at all. And turning introspection off is fine, but it doesn't really protect you, since field "
     "suggestions leak the schema.",
     "strong", "strong", [], [],
     "Correct and complete: pre-execution rejection, page caps, depth limit, cost analysis with correct "
     "GitHub numbers, alias limits, timeout backstop, allowlisted persisted queries, introspection caveat."),
    (2,
     "I'd use a depth-limit rule, that's exactly what it's for. You set the maximum depth to something like "
     "five, the validation step counts how deeply the selection is nested, and anything deeper gets rejected "
     "before it runs. Twelve levels of friends-of-friends would just bounce. It's a one-line plugin in most "
     "servers, graphql-depth-limit in Node for example, so it's cheap, and once it's on, nobody can send you "
     "a query that's too big.",
     "weak", "pattern", [CWA_R2_DEPTH],
     ["once it's on, nobody can send you a query that's too big"],
     "Acts out the depth-limit-only weak answer; the misconception that depth bounds cost is listed as a "
     "false claim (a shallow query with first: 1000 per level is still huge)."),
    (2,
     "Step one for me is switching off introspection in production. Once introspection is disabled, an "
     "outsider has no way to learn which types and fields exist, so they can't assemble a deep nested query "
     "against us in the first place; they'd be guessing blind. Then as a second layer I'd cap page sizes on "
     "the list fields at a hundred and put a depth limit of about ten on the validation step. With the schema "
     "hidden, that's plenty, and we avoid the complexity of full cost scoring.",
     "weak", "bluff", [],
     ["Once introspection is disabled, an outsider has no way to learn which types and fields exist, so they "
      "can't assemble a deep nested query against us in the first place"],
     "Bluff, false absolute about the mechanism in plain words: the schema still leaks through field "
     "suggestions in validation errors, the queries shipped in client bundles, and schema-guessing tools. "
     "The defence rests on this claim and skips cost analysis, so weak."),
    (2,
     "So I'd want to reject these before execution. Page size caps on every list, a depth limit, and then a "
     "cost calculation on the query: every field has a cost, lists multiply by how many items are requested, "
     "and if you're over budget you send back an error. That's basically what GitHub does. I think their "
     "budget is around 1,000 points an hour per user, but I'd double-check that number. And I'd put a "
     "timeout behind it all as a safety net, plus limits on aliases.",
     "adequate", "hedged", [],
     ["I think their budget is around 1,000 points an hour per user"],
     "Hedged wrong number: GitHub's GraphQL budget is 5,000 points per hour per user. Explicitly hedged, so "
     "not a bluff; the layering is right but misses allowlists, so adequate."),
    (2,
     "Okay, for this I'd be thinking about depth limiting, query complexity analysis, cost budgets, "
     "pagination caps, first and last arguments, rate limiting per client, persisted queries, trusted "
     "documents, allowlists, alias limits, batching limits, execution timeouts, introspection settings, and "
     "maybe a WAF. Those are the main areas I'd bring up for a public GraphQL API, and GitHub and Shopify "
     "both do some of that.",
     "weak", "list", [], [],
     "List: names the right controls but says nothing about how any of them works or why depth alone fails."),
    (2,
     "For a public API the first thing I'd get right is authentication. Every client gets an API key or an "
     "OAuth token, ideally short-lived JWTs signed with RS256 so downstream services can verify them without "
     "calling the auth server. Scopes go in the token, so a read-only integration can't call mutations. I'd "
     "rotate signing keys through a JWKS endpoint and keep access tokens to around fifteen minutes, with "
     "refresh tokens for longer sessions. That way we always know who is calling and can revoke access when "
     "something goes wrong.",
     "weak", "offtopic", [], [],
     "Off-topic: fluent and accurate about authentication, but says nothing about bounding query cost."),

    # ---------------- Round 3: caching ----------------
    (3,
     "The issue is that CDNs won't cache POSTs, and GraphQL sends everything as a POST with the query in the "
     "body. So I'd switch the catalogue queries to GET, using persisted queries so the URL stays short, just "
     "a hash plus the variables, and then the CDN can key on the URL. Then set Cache-Control headers on those "
     "responses with a max-age of a few minutes, since product data doesn't change that often. That should "
     "bring the hit rate back for the anonymous traffic.",
     "adequate", "adequate", [], [],
     "Core right (POST uncacheable, persisted GET, Cache-Control), but misses how field hints combine, "
     "private scope, keeping user data out, server-side cache and invalidation."),
    (3,
     "I'd lean on the client. Apollo Client has the normalised in-memory cache, so once a product has been "
     "fetched it's stored by type and ID, and the next time any query needs that product it comes straight "
     "out of the cache without touching the network. With cache-first as the fetch policy, most of those "
     "catalogue requests never leave the device. So really the CDN hit rate isn't the metric to worry about; "
     "the client cache takes that load off the server.",
     "weak", "pattern", [CWA_R3_CLIENT],
     ["most of those catalogue requests never leave the device"],
     "Acts out the client-cache weak answer: a per-device cache does nothing for anonymous first loads, "
     "which are the traffic hitting the origin."),
    (3,
     "POST requests aren't cacheable at the CDN, so I'd move to automatic persisted queries over GET. The "
     "client hashes the query with SHA-256 and sends only the hash. If the server hasn't seen it, Apollo "
     "Server replies with a QUERY_HASH_UNKNOWN error, and the client resends with the full query text so the "
     "server can store it. From then on it's a small GET the CDN can cache. Then I'd use cache hints on the "
     "product types, a few minutes' max-age, and keep anything user-specific out of that operation so the "
     "response isn't marked private. Behind the CDN, a Redis response cache for misses.",
     "adequate", "bluff", [],
     ["Apollo Server replies with a QUERY_HASH_UNKNOWN error"],
     "Bluff (wrong error name): the APQ miss error is PersistedQueryNotFound, code PERSISTED_QUERY_NOT_FOUND. "
     "Peripheral to the design, rest correct: adequate."),
    (3,
     "So the root cause is POST. The CDN can't cache it and the body isn't in the cache key. I'd move the "
     "catalogue queries to persisted queries sent as GET requests, so the URL is just the operation hash and "
     "the variables. Apollo published a benchmark a while back showing CDN hit rates of about 97 percent for "
     "persisted GET queries on catalogue-style traffic, so that's the big win. After that, cache hints: a few "
     "minutes on product fields, and nothing personal in the anonymous query so it stays public. And I'd tag "
     "responses with product IDs so we can purge when prices change.",
     "adequate", "bluff", [],
     ["Apollo published a benchmark a while back showing CDN hit rates of about 97 percent for persisted GET "
      "queries on catalogue-style traffic"],
     "Bluff (invented statistic): there is no such Apollo benchmark; hit rate depends on the traffic and the "
     "cache policy. Design otherwise correct: adequate."),
    (3,
     "Right, the CDN can't do anything with POST bodies, so step one is making requests cacheable by URL. "
     "I'd use persisted queries: the client sends a hash of the operation instead of the text, and once the "
     "server has registered it, the request can be a plain GET with the hash and variables in the query "
     "string, which a CDN can key on. Apollo has a specific error the server sends back when it doesn't "
     "recognise the hash, and the client then retries with the whole document; I don't remember its exact "
     "name, I'd look it up. Step two is headers. With cache hints per field, the response takes the shortest "
     "max-age among its fields, and one private field makes the entire response private, so the catalogue "
     "query needs to be purely public data. I believe the default for root fields is no caching at all, but "
     "I'd check the docs before relying on it. Step three, a server-side response cache keyed on hash plus "
     "variables for CDN misses, the normalised client cache for repeat views, and purging by product tag when "
     "prices change.",
     "strong", "honest", [], [],
     "Honest but strong: most of the substance, all correct (persisted GET, minimum maxAge, private scope, "
     "layers, purging); plainly says it would look up the APQ error name and confirm the default."),
    (3,
     "POSTs don't get cached at the edge, so I'd switch to GET with persisted queries, hash in the URL, and "
     "then rely on Cache-Control headers. With Apollo Server you put @cacheControl hints on the types. I "
     "think by default it gives every field a max-age of 60 seconds, if I remember right, so you'd get some "
     "caching even without hints, but I'd double-check that. I'd raise the product fields to a few minutes and "
     "make sure anything personalised is marked private.",
     "adequate", "hedged", [],
     ["I think by default it gives every field a max-age of 60 seconds"],
     "Hedged wrong default: Apollo Server's default maxAge is 0 for root fields and for fields returning "
     "objects or lists (scalars inherit), so nothing is cached without hints. Explicit hedge, not a bluff."),

    # ---------------- Round 4: GraphQL vs REST ----------------
    (4,
     "I'd take it seriously, because some of it is real. There is overhead: every request gets parsed and "
     "validated, and the reference executor calls a resolver for every single field, even plain property "
     "reads, so a screen returning thousands of items burns a lot of CPU just on execution. And yes, caching "
     "takes work. But before agreeing to a rewrite I'd want to see where the time actually goes: traces with a "
     "span per resolver, plus a CPU profile. In my experience it's usually the data layer, N+1s or calls to "
     "downstream services made one after another, and moving to REST wouldn't fix any of that. If parsing "
     "does show up, persisted queries let you cache the validated document. If execution shows up, there's "
     "graphql-jit, Zalando's compiler, or you reshape the big lists. And the mobile app gets a lot out of "
     "GraphQL: one round trip per screen on a slow network usually matters more than server milliseconds. So "
     "I'd keep GraphQL and carve out REST only for things like bulk export or file downloads where it "
     "obviously fits.",
     "strong", "strong", [], [],
     "Correct and balanced: concedes real overheads, asks for a profile, names remedies (persisted document "
     "cache, graphql-jit), mobile round-trip benefit, limited REST carve-out."),
    (4,
     "It's partly right. GraphQL does add some cost per request, parsing and validation and running a "
     "resolver for each field. But in practice most slow GraphQL endpoints are slow because of how they fetch "
     "data, N+1 queries and so on, and that would be just as slow behind REST. So I'd profile first before "
     "rewriting anything. And the mobile app benefits from getting everything for a screen in one request. "
     "I'd only go back to REST for a specific endpoint if the numbers showed GraphQL itself was the problem.",
     "adequate", "adequate", [], [],
     "Balanced and correct, but no concrete remedies for parse or execution overhead and nothing on caching."),
    (4,
     "Yeah, I'd agree with him. REST endpoints are just faster: there's no query to parse, no validation, no "
     "resolver tree, you hit a controller and return JSON, and you get HTTP caching for free. For the hot "
     "paths on mobile, where latency matters most, I'd rewrite them as dedicated REST endpoints and keep "
     "GraphQL for the less critical screens. It's a pretty contained piece of work and it removes a whole "
     "layer of overhead.",
     "weak", "pattern", [CWA_R4_REST],
     ["REST endpoints are just faster"],
     "Acts out the agree-and-rewrite weak answer: no profiling, ignores that data fetching is the usual "
     "bottleneck and gives up one round trip per screen."),
    (4,
     "It's a half-truth. The overheads he's naming were real in older setups, but a lot of that is gone now: "
     "graphql-js has compiled queries into plain JavaScript functions since version 16, so the per-field "
     "interpretation cost he's worried about isn't really there anymore. What's left is usually the data "
     "layer, N+1 problems and slow downstream calls, which REST wouldn't fix. So I'd profile first, look at "
     "resolver spans in the traces, and keep GraphQL, since the mobile app gets a whole screen in one round "
     "trip. Maybe REST for a bulk export, but not a general rewrite.",
     "adequate", "bluff", [],
     ["graphql-js has compiled queries into plain JavaScript functions since version 16"],
     "Bluff (feature credited to the wrong product): graphql-js interprets the document and calls a resolver "
     "per field; query compilation is graphql-jit, a separate Zalando library. Conclusion otherwise sound: "
     "adequate."),
    (4,
     "I don't think it's a yes or no. GraphQL does cost something per request, parsing, validation, a "
     "resolver for every field, and I'd want a profile before deciding whether that matters here or whether "
     "it's really the database. I know there are ways to cut execution overhead, I think there's a library "
     "that compiles queries ahead of time, but I couldn't tell you its name or how mature it is without "
     "looking it up. What I'm surer of is the mobile side: fewer round trips per screen is a real benefit "
     "you'd give up with REST.",
     "adequate", "honest", [], [],
     "Honest: balanced and correct, says plainly it would look up the query-compiling library. Core right, "
     "few concrete remedies: adequate."),
    (4,
     "Things to weigh: resolver overhead, parsing, validation, graphql-jit, persisted queries, HTTP caching, "
     "CDN, over-fetching, under-fetching, round trips, mobile latency, N+1, DataLoader, profiling, tracing, "
     "OpenTelemetry, flame graphs, REST, bulk exports. Those would all be on my list for this discussion, I "
     "think, before anyone decides anything.",
     "weak", "list", [], [],
     "List: the right terms with no position on the question and no statement about any of them."),

    # ---------------- Round 5: federation ----------------
    (5,
     "With federation, the performance story really lives in the query plan. The router, say Apollo Router, "
     "works out for each operation which subgraphs to hit, in which order and what can go in parallel. When "
     "types are split across subgraphs, the router asks each one for the entities it needs through the "
     "_entities field, batched, but inside the subgraph the reference resolver gets called once per entity, "
     "so teams still need DataLoader there or N+1 just moves behind the router. The thing I'd watch hardest "
     "is serial hops: if a field needs A, then B, then C, you're paying three network round trips one after "
     "another, so entity keys and @requires have to be designed to keep plans shallow. Then observability: "
     "OpenTelemetry traces through the router into every subgraph, latency per subgraph, field usage. Schema "
     "checks in CI against real production traffic so a change that breaks or slows it gets caught. "
     "Persisted queries so plans can be cached, @defer for slow parts like recommendations, latency budgets "
     "per key operation, and each team owning its subgraph's SLO with a platform team owning the router.",
     "strong", "strong", [], [],
     "Correct and complete: query planning, _entities batching and per-entity reference resolvers, serial "
     "fetch chains, tracing, CI schema checks, plan caching, @defer, ownership."),
    (5,
     "I'd focus on the router and the query plans. Each operation gets planned across the subgraphs, and if "
     "the plan has to go from subgraph to subgraph in sequence, latency stacks up, so I'd review schema "
     "design with that in mind. I'd also want tracing across the router and the subgraphs so we can see which "
     "subgraph is slow for which operation, and a latency target per team. Schema changes should go through "
     "checks before they're published.",
     "adequate", "adequate", [], [],
     "Core right (plans, sequential hops, tracing, checks) but misses per-entity N+1 in subgraphs, plan "
     "caching and @defer."),
    (5,
     "Honestly, I'd keep it decentralised. Each team owns its subgraph, so each team gets a p99 target for "
     "its resolvers and is responsible for hitting it. If every subgraph answers in under fifty milliseconds, "
     "the router is just stitching results together and the overall response will be fast as well. The "
     "platform team doesn't need to get involved in individual queries; it's the teams' job to keep their own "
     "services quick.",
     "weak", "pattern", [CWA_R5_TEAMS],
     ["If every subgraph answers in under fifty milliseconds, the router is just stitching results together "
      "and the overall response will be fast as well."],
     "Acts out the each-team-makes-its-subgraph-fast weak answer; ignores sequential fetch chains in the "
     "query plan, so fast subgraphs can still add up to a slow operation."),
    (5,
     "Federation puts the router in charge, so the query planner is where performance is won or lost. I'd "
     "watch for plans that chain subgraphs one after another, and make sure subgraphs batch their entity "
     "lookups, because the reference resolver runs per entity. Traces through the router, per-subgraph "
     "latency, schema checks in CI. And I'd lean on @defer a lot: it was standardised in the October 2021 "
     "edition of the GraphQL spec, so every compliant client and server supports it, which means slow fields "
     "like recommendations can stream in later without holding up the page.",
     "adequate", "bluff", [],
     ["it was standardised in the October 2021 edition of the GraphQL spec, so every compliant client and "
      "server supports it"],
     "Bluff (misattributed spec): @defer and @stream are not in the October 2021 GraphQL specification; they "
     "are a working-group proposal that some servers (e.g. Apollo Router, GraphQL Yoga) implement. Rest "
     "correct: adequate."),
    (5,
     "I'll be upfront: I've used a single GraphQL server but never run a federated one, so I don't know the "
     "router's internals. I'd guess the danger is one operation fanning out to lots of subgraphs, and I'd "
     "want tracing across all of them to see where the time goes. Beyond that I'd have to read up on how the "
     "router plans queries and batches calls between subgraphs before I'd commit to a design.",
     "weak", "honest", [], [],
     "Honest: says plainly what it doesn't know and would read up on; little substance beyond tracing, so "
     "weak."),
    (5,
     "The main thing with thirty teams is versioning. I'd put the version in the URL, /v1, /v2, so clients "
     "always know what they're getting, and support each major version for at least a year after its "
     "successor ships. Breaking changes only in a new major, additive changes anytime, and a Sunset header "
     "plus a deprecation page when an old version is on its way out. Clients get emails six months before "
     "shutdown. That keeps thirty teams from stepping on each other.",
     "weak", "offtopic", [], [],
     "Off-topic: fluent REST versioning policy; nothing about federated query performance."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": f"gql-r{rnd}-{counters[rnd]:02d}",
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": list(pq),
                "false_claims": list(fc),
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
