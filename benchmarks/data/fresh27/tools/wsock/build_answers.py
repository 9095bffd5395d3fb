#!/usr/bin/env python3
"""Build wsock_answers.jsonl: 30 labelled answers for the websocket-scaling gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "websocket-scaling_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = [
    # ---------------- Round 1 ----------------
    (1, "strong", "strong",
     "So, for chat I'd go with WebSockets, yeah, but honestly for the notification piece alone Server-Sent Events "
     "would do. The way it works, the browser sends a normal GET with an Upgrade header, the server replies 101 "
     "Switching Protocols, and after that it's one TCP connection where either side can push frames whenever, with "
     "a tiny header per frame. That's RFC 6455. Polling, by comparison, burns a whole HTTP round trip per update. "
     "The bigger shift for us is operational. Our REST API is stateless, any box can serve any request. Here each "
     "user sits on one particular server for as long as they're online, so what we're really sizing is open "
     "connections, meaning memory and file descriptors, not request rate, and the balancer only gets to choose once, "
     "at connect. People chatting together may land on different machines, so we need some pub/sub fanout between "
     "servers. And when we redeploy, a whole server's worth of people get kicked off together, so clients need "
     "backoff and a way to catch up on what they missed.",
     [], [],
     "Correct handshake (101, RFC 6455), compares polling and SSE, and names all three scaling consequences: "
     "connection-bound capacity, cross-node fanout, mass reconnects with resume."),
    (1, "adequate", "adequate",
     "I'd use WebSockets, mainly because chat needs both directions and you don't want to pay for a fresh HTTP "
     "request every time someone types a message. After the upgrade handshake it's just one long-lived TCP "
     "connection. The main scaling difference I'd flag is that the servers become stateful, um, each one is holding "
     "its own set of connected users, so you can't treat them as interchangeable like the REST boxes. You'd need to "
     "think about how many connections each machine can hold, I guess mostly memory.",
     [], [],
     "Core is right (full duplex after upgrade, stateful servers, connection capacity) but misses fanout between "
     "nodes, reconnect storms and any comparison with SSE."),
    (1, "pattern", "weak",
     "Honestly I don't think it changes much. WebSockets are basically a faster version of HTTP, so I'd deploy the "
     "socket service the same way we deploy the REST API, behind the load balancer, with an autoscaling group that "
     "adds instances when CPU goes above, say, seventy percent. If we get more users, we get more instances, and the "
     "load balancer spreads them out. The nice thing is we already have all that tooling, so the team doesn't need "
     "to learn anything new.",
     ["WebSockets are just faster HTTP, so we scale them like the REST API: put them behind the load balancer and autoscale on CPU."],
     ["WebSockets are basically a faster version of HTTP"],
     "Acts out the 'just faster HTTP, autoscale on CPU' weak answer; ignores stateful long-lived connections."),
    (1, "bluff", "adequate",
     "Yeah, WebSockets, definitely, for the chat side at least. The handshake is just HTTP: the client sends a GET "
     "with Upgrade: websocket and a key, the server replies with a 200 OK carrying the Sec-WebSocket-Accept header, "
     "and from that point the connection is full-duplex. What really changes is that the servers are stateful. Every "
     "connected user is pinned to one machine for hours, so we size by concurrent connections and memory rather than "
     "requests per second, we need a pub/sub layer so messages reach people on other machines, and deploys kick "
     "everyone off at once, so reconnects need backoff.",
     [], ["the server replies with a 200 OK carrying the Sec-WebSocket-Accept header"],
     "Wrong status code: a successful WebSocket handshake is 101 Switching Protocols, not 200 OK. The scaling part "
     "is correct and the error is peripheral, so adequate."),
    (1, "honest", "adequate",
     "I'd lean toward WebSockets for chat. I know it starts as an HTTP request that gets upgraded, and there's a "
     "specific status code and a hashed key in the response, but I'd have to look up the exact headers, I don't "
     "remember them. On scaling, the thing I'm sure about is that connections stay open, so each server holds state "
     "for its users and we'd size for how many open connections a box can hold rather than request rate. I'm not "
     "sure how the fanout between servers usually works; I'd need to read up on that before committing to a design.",
     [], [],
     "Says plainly what it would look up (handshake headers, fanout); what it states is right: upgrade, stateful "
     "servers, connection-based sizing."),
    (1, "list", "weak",
     "WebSockets, RFC 6455, the Upgrade header, 101, full duplex, frames, masking, ping and pong, long polling, "
     "Server-Sent Events, stateful servers, sticky sessions, pub/sub, Redis, Kafka, file descriptors, memory, "
     "concurrent connections, load balancer, reconnects, backoff, jitter. Those are the things I'd be looking at "
     "for this one.",
     [], [],
     "Only names the right terms; says nothing about any of them."),

    # ---------------- Round 2 ----------------
    (2, "strong", "strong",
     "Right, so server 3 has no way to write to Bob's socket directly. What I'd do is have server 3 publish Alice's "
     "message onto a channel for that room, Redis Pub/Sub, NATS, something like that, and any server with a room "
     "member connected locally is subscribed and pushes it out to its own sockets. Subscribe on the first local join, "
     "unsubscribe on the last leave. The gotcha is Redis Pub/Sub doesn't store anything: if server 17's subscription "
     "blips, whatever was published in the gap is lost. So I'd save the message first, stamp it with a per-room "
     "sequence number, and have clients fetch missing ranges when they notice a gap, or use Streams or Kafka and "
     "read from an offset. For the balancer, the proxy has to pass Upgrade and Connection through, since they're "
     "hop-by-hop; in nginx you set the HTTP version to 1.1 and add both headers by hand. And quiet connections get "
     "cut at sixty seconds by default on both nginx and an ALB, so we'd ping every twenty or thirty seconds. No "
     "sticky sessions needed for plain WebSockets.",
     [], [],
     "Backplane fanout with subscribe-on-demand, at-most-once Pub/Sub and gap recovery, hop-by-hop headers, 60 s "
     "idle defaults and pings, no stickiness for plain WebSockets. All correct."),
    (2, "pattern", "weak",
     "I'd enable sticky sessions on the load balancer. That way, once a user lands on a server, they keep going back "
     "to the same one, so the state is all in one place. If Alice and Bob are in the same room, stickiness makes sure "
     "the session goes to the right server and then the server can just broadcast to everyone in the room. It's one "
     "checkbox on the ALB, really, and it avoids having to bring in extra infrastructure like a message broker.",
     ["Turn on sticky sessions so Alice and Bob end up on the same server."],
     ["If Alice and Bob are in the same room, stickiness makes sure the session goes to the right server"],
     "Acts out the sticky-sessions weak answer; stickiness pins one client, it never co-locates two users."),
    (2, "bluff", "adequate",
     "Server 3 publishes the message on a room channel in Redis Pub/Sub, and every server that has members of that "
     "room connected relays it to its own sockets; that's how it reaches Bob on server 17. Pub/Sub doesn't keep "
     "history, so I'd also persist messages with a sequence number so clients can fill gaps after a reconnect. On "
     "the load balancer, the main thing is forwarding the Upgrade and Connection headers. Timeouts are less of a "
     "worry on AWS: an ALB's idle timeout defaults to 10 minutes, so they rarely bite, though I'd still send a ping "
     "now and then. And no stickiness needed, the connection's already pinned.",
     [], ["an ALB's idle timeout defaults to 10 minutes"],
     "Contradicted default: the ALB idle timeout defaults to 60 seconds (configurable up to 4000). Backplane and gap "
     "handling are right, so adequate."),
    (2, "bluff", "weak",
     "The servers share a Redis Pub/Sub backplane. Server 3 publishes Alice's message to the room's channel, and "
     "server 17, which is subscribed because Bob is there, pushes it down Bob's socket. What I like about Redis "
     "Pub/Sub is that it has consumer groups with acknowledgements, so if server 17 drops off Redis for a moment it "
     "rejoins the group and picks up exactly where it left off. That means we don't need sequence numbers or any "
     "resume logic on the client; the backplane already guarantees delivery. On the load balancer side, just make "
     "sure the Upgrade header is forwarded.",
     [], ["it has consumer groups with acknowledgements, so if server 17 drops off Redis for a moment it rejoins the group and picks up exactly where it left off",
          "the backplane already guarantees delivery"],
     "Feature credited to the wrong product: consumer groups and acknowledgements belong to Redis Streams (and "
     "Kafka), not Pub/Sub, which is at-most-once. The claim drives the design (no resume), so weak."),
    (2, "hedged", "adequate",
     "So you'd need a shared channel between the servers. Server 3 publishes to something like Redis Pub/Sub or NATS "
     "on a per-room topic, server 17 is subscribed since Bob's in that room, and it writes the message out to Bob. "
     "Pub/Sub is fire-and-forget, so I'd keep the messages in a database with IDs so a client can catch up. For the "
     "proxy, forward the upgrade headers, and watch idle timeouts. I think nginx's proxy_read_timeout defaults to "
     "something like five minutes, but I'd check that, and you send pings well inside it.",
     [], ["I think nginx's proxy_read_timeout defaults to something like five minutes"],
     "Hedged wrong default (proxy_read_timeout is 60 s); the rest is correct but thinner than the strong answer."),
    (2, "offtopic", "weak",
     "For the room itself, I'd think about the data model first. Each room gets a row in Postgres with an owner, a "
     "list of members in a join table, and messages stored in a table partitioned by month, with an index on room ID "
     "and created-at so scrolling back through history stays fast. Old partitions can move to cheaper storage. I'd "
     "also add full-text search on message bodies, probably via a separate search index, so users can find old "
     "conversations.",
     [], [],
     "Fluent but about chat storage schema, not cross-server delivery or the load balancer."),

    # ---------------- Round 3 ----------------
    (3, "adequate", "adequate",
     "First thing I'd check is the open-files limit, because each socket is a file descriptor and the default soft "
     "limit is often just 1024, so you bump that in systemd. Then memory per connection; I'd load test to get the "
     "real number rather than guess, and size the fleet off that with room to lose a node. For reconnects, the "
     "clients need exponential backoff with random jitter so they don't all come back at the same instant after a "
     "server dies.",
     [], [],
     "Right on file descriptors, measured memory, N+1 sizing and jittered backoff, but no proxy ports, admission "
     "control, graceful drain or resume."),
    (3, "pattern", "weak",
     "The key is making reconnection fast, so users barely notice. When the socket closes, the client should "
     "reconnect right away, no delay, and if that fails, retry every second until it gets through. The load balancer "
     "will spread the reconnecting clients across the healthy servers. Since each reconnect is just a handshake, the "
     "remaining servers can absorb them; it's a few seconds of extra load and then everything's back to normal.",
     ["When the socket closes, the client should reconnect immediately."],
     ["Since each reconnect is just a handshake, the remaining servers can absorb them"],
     "Acts out the immediate-reconnect weak answer; synchronized retries are exactly the reconnect storm."),
    (3, "bluff", "weak",
     "Per node the limits are file descriptors and memory, so I'd raise the ulimit and measure memory per socket "
     "under load. For crashes, though, the nice thing is the load balancer handles it for us: when a backend dies, "
     "the load balancer always moves the live connection over to a healthy server, so clients never see the crash "
     "and don't have to reconnect at all. For deploys we just take nodes out of rotation one at a time and let the "
     "balancer shift their connections across. So really the reconnect storm problem doesn't come up in a proper "
     "setup.",
     [], ["the load balancer always moves the live connection over to a healthy server, so clients never see the crash and don't have to reconnect at all",
          "let the balancer shift their connections across"],
     "Wrong mechanism stated as an absolute, in plain words: a WebSocket lives in one server's TCP socket and "
     "process state; when it dies the connection is gone and every client must reconnect. Central to the question, "
     "so weak."),
    (3, "honest", "strong",
     "Okay, per-box limits. File descriptors first, one per socket, and the default soft limit is low, so that gets "
     "raised. Then memory per connection: kernel buffers plus our own state, plus compression contexts if we enable "
     "permessage-deflate. I don't remember good per-connection numbers offhand, I'd honestly measure it with a load "
     "test before sizing anything. There's also a port issue between the proxy and the backends, the ephemeral range "
     "is limited per destination, but I'd need to look up the exact default range. For failures: clients back off "
     "exponentially with jitter, the servers throttle how many new handshakes they accept per second and turn away "
     "extras with a 503 and Retry-After, and on deploys we drain slowly, closing sockets over a few minutes with a "
     "going-away close code, while clients resume from their last sequence number.",
     [], [],
     "Honest about the numbers it would look up, yet covers nearly all the substance correctly: fds, memory incl. "
     "deflate, proxy ports, jitter, admission control, drain, resume. Banded strong."),
    (3, "list", "weak",
     "ulimit, LimitNOFILE, fs.file-max, epoll, memory per connection, tcp_rmem, tcp_wmem, permessage-deflate, "
     "ephemeral ports, ip_local_port_range, conntrack, load testing, exponential backoff, jitter, thundering herd, "
     "admission control, 503, Retry-After, connection draining, close code 1001, sequence numbers, spare capacity. "
     "That's basically the checklist I'd go through for this.",
     [], [],
     "A checklist of correct terms with nothing said about any of them."),
    (3, "hedged", "weak",
     "A single server can only hold so many sockets. I believe the cap is around 65 thousand connections per server, "
     "because each connection takes its own port, but I'd want to double-check that. So for a million we'd need at "
     "least sixteen servers or so, probably more for headroom. For reconnects, I'd add some random delay on the "
     "client so they don't all hit at once.",
     [], ["I believe the cap is around 65 thousand connections per server, because each connection takes its own port"],
     "Hedged wrong limit: accepted connections share the listening port and are told apart by the four-tuple. The "
     "sizing rests on it and little else is said, so weak; hedged, not a bluff."),

    # ---------------- Round 4 ----------------
    (4, "strong", "strong",
     "I think it's a fair position for a lot of what we build. SSE is just a long-running HTTP response, so it goes "
     "through our existing proxies and CDN without the upgrade dance, and the browser's EventSource reconnects by "
     "itself and tells us the last event ID it saw, which gives us resume almost for free. On HTTP/2 all those "
     "streams share a connection, so the six-per-origin browser cap from HTTP/1.1 stops mattering. And upstream "
     "messages as POSTs reuse our normal auth and rate limiting. Where I'd push back: it's text only, EventSource "
     "won't let you add an Authorization header, and for really chatty client traffic, collaborative editing, games, "
     "a full request per keystroke is heavy next to a WebSocket frame. And I'd be careful about the idea that it's "
     "easier to scale: it's still an open connection per user, still needs the pub/sub fanout, still stampedes on a "
     "deploy. So I'd go by how much the client sends: notifications and dashboards on SSE, the genuinely two-way "
     "stuff stays on WebSockets.",
     [], [],
     "Fair on both sides: Last-Event-ID resume, HTTP/2 lifts the six-connection cap, text-only, no custom headers, "
     "and the connection-scaling work remains. Names the deciding factor."),
    (4, "adequate", "adequate",
     "Partly valid. For things that are mostly the server pushing to the client, like notifications or a live "
     "dashboard, SSE with POSTs for the occasional upstream message is simpler; it's plain HTTP and the browser "
     "reconnects automatically. But for chat with lots of back and forth, or anything like a multiplayer game, I'd "
     "keep WebSockets, because sending every client message as a separate HTTP request adds overhead and latency. So "
     "I wouldn't switch everything, I'd choose per feature.",
     [], [],
     "Right trade-off by traffic direction, but misses that long-lived connections, fanout and reconnect storms "
     "remain with SSE."),
    (4, "pattern", "weak",
     "Yeah, I'd go for it. The reason WebSockets are hard to scale is that they're stateful, special connections. "
     "SSE is just HTTP, so it scales like the rest of our stateless API: same load balancer, same autoscaling, same "
     "everything, and we can drop the custom socket servers. Clients POST when they need to send something, which is "
     "exactly how the rest of the API works anyway.",
     ["SSE is just HTTP, so it scales like the rest of our stateless API."],
     ["SSE is just HTTP, so it scales like the rest of our stateless API"],
     "Acts out the 'SSE is just HTTP so it scales statelessly' weak answer; SSE streams are just as long-lived."),
    (4, "bluff", "weak",
     "I'd support it. With SSE over HTTP/2 the event stream works in both directions: the browser can send its "
     "messages back up the same open stream, so the POSTs are really only needed as a fallback. That gives us "
     "everything WebSockets do with plain HTTP semantics, built-in reconnect with the last event ID, and no upgrade "
     "headers for proxies to mangle. Text-only payloads are the one limitation, and JSON covers us there.",
     [], ["the event stream works in both directions: the browser can send its messages back up the same open stream"],
     "Wrong mechanism in plain words: an SSE stream is one-way, server to client; EventSource has no send method, "
     "so all upstream traffic needs separate requests. Central to the comparison, so weak."),
    (4, "bluff", "adequate",
     "It's a reasonable idea for one-way features. Server-Sent Events were standardised by the IETF in RFC 8441, and "
     "they're just a streaming HTTP response, so they go through proxies without any upgrade step, and the browser "
     "reconnects by itself using the Last-Event-ID header. Over HTTP/2 you also lose the six-connections-per-origin "
     "cap. But it doesn't make the scaling go away: each client still holds an open connection on one server, you "
     "still need the pub/sub fanout and heartbeats, and chatty two-way features like live cursors are better off on "
     "WebSockets, since a POST per message is expensive.",
     [], ["Server-Sent Events were standardised by the IETF in RFC 8441"],
     "Misattributed spec: SSE is defined in the WHATWG HTML Living Standard; RFC 8441 is Bootstrapping WebSockets "
     "with HTTP/2. The analysis is otherwise sound, so adequate."),
    (4, "honest", "adequate",
     "I'd say it depends on the feature. For notifications and dashboards, SSE plus POSTs sounds simpler. I'm "
     "honestly not sure how SSE behaves over HTTP/2 versus HTTP/1.1 in terms of browser connection limits; I "
     "remember there's some per-domain cap, but I'd have to look it up. What I'm fairly confident about is that it "
     "doesn't remove the hard part: there's still one open connection per user sitting on a server, so we'd still "
     "need fanout between servers and reconnect handling.",
     [], [],
     "Says what it would look up (connection caps); correctly states that SSE keeps the connection-scaling problem."),

    # ---------------- Round 5 ----------------
    (5, "strong", "strong",
     "I'd carve out a dedicated socket layer, call it the edge, whose only job is holding connections: auth at "
     "handshake, heartbeats, subscriptions, pushing bytes. No product code lives there, which means we rarely deploy "
     "it and can drain it gently when we do. The chat, presence and dashboard services push events onto named topics via an "
     "internal API and never see a socket. Clients hold one connection and multiplex topics over it. Guarantees "
     "differ by use: typing and presence can be lossy, so NATS or Redis Pub/Sub is fine; chat and notifications go "
     "on something durable like Kafka with sequence numbers so clients resume after a drop, and they de-dupe by "
     "message ID since it's at-least-once. Tokens expire while the socket is still open, so the edge re-checks and "
     "closes with 1008 if needed. Per-connection rate limits and size caps too. I'd dashboard connections per node, "
     "connect and disconnect rates, close codes, backplane lag, and end-to-end fanout latency at p99. And I'd price "
     "a managed option like Ably or API Gateway, though API Gateway cuts sockets at two hours.",
     [], [],
     "Gateway/back-end split, one multiplexed connection, semantics per use case, token expiry, key metrics, "
     "build versus buy with a correct API Gateway limit."),
    (5, "adequate", "adequate",
     "I'd pull connection handling into its own shared gateway service that every product team uses, so nobody else "
     "has to deal with sockets, and have the product services publish events to it through a message bus. I'd also "
     "make sure there's one connection per client carrying multiple topics instead of each feature opening its own. "
     "And I'd invest in monitoring, number of connections, disconnect rates, message latency, so we can see "
     "problems before users do.",
     [], [],
     "Shared gateway, multiplexing and monitoring are right; misses delivery semantics per use case, token expiry, "
     "build versus buy."),
    (5, "pattern", "weak",
     "I'd keep it decentralised. Each product team knows its own traffic best, so let each of them run its own "
     "WebSocket servers, tuned for their feature: chat has its cluster, dashboards have theirs, notifications "
     "theirs. That way a problem in one doesn't affect the others, and teams can move at their own pace without "
     "waiting on a central platform team. We could share some docs on best practices.",
     ["Let each product team run its own WebSocket servers."],
     [],
     "Acts out the 'each team runs its own WebSocket servers' weak answer."),
    (5, "bluff", "adequate",
     "I'd build a shared gateway tier that only terminates sockets and authenticates them, with product services "
     "publishing to topics behind it, and one multiplexed connection per client. Delivery semantics would vary: "
     "presence on a lossy bus, chat and notifications on Kafka with sequence numbers and client resume. The thing "
     "people underestimate is reconnect churn: industry measurements show that about 40 percent of mobile WebSocket "
     "connections are dropped within their first five minutes, so resume has to be rock solid. I'd track connections "
     "per node, disconnect reasons and p99 fanout latency.",
     [], ["industry measurements show that about 40 percent of mobile WebSocket connections are dropped within their first five minutes"],
     "Invented statistic presented as industry data; the architecture around it is right, so adequate."),
    (5, "honest", "weak",
     "Honestly, I haven't run a shared real-time platform at that scale, so I'd be guessing at a lot of it. I think "
     "separating the socket-holding part from the product services makes sense, but I don't know the trade-offs "
     "between the different message buses well enough to pick one; I'd need to read up on what guarantees each "
     "gives. I'd probably also look at what managed services exist before committing to building it ourselves.",
     [], [],
     "Honest about what it doesn't know; the one correct idea (separate socket tier) is not developed, so weak."),
    (5, "offtopic", "weak",
     "Over a year, the biggest risk is organisational, so I'd start with team topology. I'd set up a platform team "
     "with a clear charter, quarterly OKRs, and a product manager, and introduce an RFC process for cross-team "
     "decisions, with an architecture review board that meets every two weeks. Engineering ladders should reward "
     "platform work. I'd also run a developer survey twice a year to measure satisfaction and prioritise the "
     "internal roadmap.",
     [], [],
     "Fluent but about team organisation, not the real-time architecture."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "wsock-r%d-%02d" % (rnd, counters[rnd]),
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": pq,
                "false_claims": fc,
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
