#!/usr/bin/env python3
"""A receiver for AppKeys' expiry-alert webhook (README, "The webhook"): it accepts a POST only when

  * its X-AppKeys-Signature header is "t=<Unix time>,id=<delivery id>,v1=<hex>", and v1 is the HMAC-SHA256 of
    "<t>.<id>.<raw body>" keyed with the signing secret (compared in constant time, before anything else is read);
  * t is within TOLERANCE_SECONDS of this machine's clock, so that a captured request cannot be replayed later;
  * the delivery id was not accepted before, so that it cannot be replayed within the tolerance either. AppKeys
    keeps the id of a delivery over its retries: a repeat is answered 409 Conflict, which AppKeys takes as "already
    received" (an earlier attempt arrived, its answer did not).

Each accepted alert is printed on standard output as one line of JSON. Keep its "audit_checkpoint" somewhere of your
own: it is the head of the registry's audit trail when the alert was sent, and `appkeys audit verify --against LINE`
shows whether the trail still holds it.

    APPKEYS_WEBHOOK_SECRET='the signing secret from AppKeys Settings' python3 docs/webhook-receiver.py --port 8080

Put it behind a TLS-terminating proxy when AppKeys reaches it over a network. The ids it has seen live in memory only:
a restarted receiver forgets them, but still refuses any request older than the tolerance.
"""

import argparse
import hashlib
import hmac
import http.server
import json
import os
import sys
import threading
import time

TOLERANCE_SECONDS = 300
SIGNATURE_HEADER = "X-AppKeys-Signature"


class Verdict:
    ACCEPTED = 204
    MALFORMED = 400
    TOO_OLD = 400
    BAD_SIGNATURE = 401
    REPEATED = 409


class DeliveryGuard:
    """Checks signatures, timestamps and delivery ids; remembers each id until its timestamp is too old anyway."""

    def __init__(self, secret: bytes, tolerance: int = TOLERANCE_SECONDS):
        self._secret = secret
        self._tolerance = tolerance
        self._seen = {}  # delivery id -> t
        self._lock = threading.Lock()

    def check(self, body: bytes, header: str, now: float) -> tuple:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        try:
            timestamp, delivery_id, signature = int(fields["t"]), fields["id"], fields["v1"]
        except (KeyError, ValueError):
            return Verdict.MALFORMED, "malformed signature header"
        signed = f"{timestamp}.{delivery_id}.".encode() + body
        expected = hmac.new(self._secret, signed, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, signature):
            return Verdict.BAD_SIGNATURE, "the signature does not match"
        if abs(now - timestamp) > self._tolerance:
            return Verdict.TOO_OLD, "the timestamp is outside the tolerance: an old request replayed?"
        with self._lock:
            self._forget_older_than(now - 2 * self._tolerance)
            if delivery_id in self._seen:
                return Verdict.REPEATED, "this delivery id was received before"
            self._seen[delivery_id] = timestamp
        return Verdict.ACCEPTED, "accepted"

    def _forget_older_than(self, limit: float):
        for delivery_id in [known for known, timestamp in self._seen.items() if timestamp < limit]:
            del self._seen[delivery_id]


def handler_for(guard: DeliveryGuard):
    class WebhookHandler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            verdict, reason = guard.check(body, self.headers.get(SIGNATURE_HEADER, ""), time.time())
            if verdict == Verdict.ACCEPTED:
                alert = json.loads(body)
                print(json.dumps(alert, sort_keys=True), flush=True)  # process the alert here
            self.send_response(verdict, reason)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format, *args):
            print(f"{self.address_string()} {format % args}", file=sys.stderr, flush=True)

    return WebhookHandler


def main():
    parser = argparse.ArgumentParser(description="Receive AppKeys' expiry alerts.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    arguments = parser.parse_args()
    secret = os.environ.get("APPKEYS_WEBHOOK_SECRET", "").encode()
    if not secret:
        sys.exit("webhook-receiver: set APPKEYS_WEBHOOK_SECRET to the signing secret from AppKeys Settings")
    server = http.server.ThreadingHTTPServer((arguments.host, arguments.port), handler_for(DeliveryGuard(secret)))
    print(f"listening on http://{arguments.host}:{server.server_address[1]}/", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
