#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""An HTTP/2 (and HTTP/1.1) server over TLS that ends streams the way real servers and proxies do when they
restart or fail: REFUSED_STREAM, GOAWAY before or after a request, RST_STREAM after doing it.

Prints its port on the first line of stdout, then one line per request it received
("METHOD PATH"), so a test counts what reached the server. Answers like Sentry for the few
routes the client tests use. Uses Debian's python3-h2.

  h2peer.py --cert server.pem --key server.key --mode refuse-first
"""
import argparse
import json
import socket
import ssl
import struct
import sys
import threading

import h2.config
import h2.connection
import h2.errors
import h2.events

MEMBER = {"id": "7", "email": "new.person@example.com", "name": "new.person@example.com",
          "orgRole": "member", "role": "member", "pending": True, "expired": False,
          "teamRoles": [], "teams": [], "flags": {}, "dateCreated": "2026-11-25T00:00:00Z",
          "inviteStatus": "approved", "inviterName": "Ada", "user": None}
TEAMS = [{"id": "1", "slug": "backend", "name": "Backend", "isMember": True,
          "memberCount": 1, "teamRole": None, "flags": {}, "hasAccess": True}]


def answer_for(method, target):
    path = target.split("?", 1)[0]
    if method == "POST" and path.endswith("/members/"):
        return 201, MEMBER
    if path.endswith("/teams/"):
        return 200, TEAMS
    return 200, MEMBER


class Peer:
    def __init__(self, mode):
        self.mode = mode
        self.requests = 0
        self.seen = 0  # every request, taken or not
        self.lock = threading.Lock()

    def log(self, method, path):
        with self.lock:
            self.requests += 1
            print(f"{method} {path}", flush=True)
            return self.requests

    def serve(self, tls_socket):
        if tls_socket.selected_alpn_protocol() != "h2":
            self.serve_http1(tls_socket)
            return
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        conn = h2.connection.H2Connection(config=config)
        conn.initiate_connection()
        tls_socket.sendall(conn.data_to_send())
        heads = {}
        try:
            while True:
                data = tls_socket.recv(65535)
                if not data:
                    return
                for event in conn.receive_data(data):
                    if isinstance(event, h2.events.RequestReceived):
                        # The request is handled at its StreamEnded event, which h2 reports
                        # separately even when the headers end the stream.
                        heads[event.stream_id] = dict(event.headers)
                    elif isinstance(event, h2.events.DataReceived):
                        conn.acknowledge_received_data(event.flow_controlled_length,
                                                       event.stream_id)
                    elif isinstance(event, h2.events.StreamEnded):
                        if not self.request(conn, tls_socket, event.stream_id, heads):
                            return
                tls_socket.sendall(conn.data_to_send())
        except (ConnectionError, ssl.SSLError, h2.exceptions.ProtocolError):
            return
        finally:
            tls_socket.close()

    # HTTP/1.1 over TLS, for clients that do not offer h2: "reset-after" and "goaway-after"
    # take the request and drop the connection unanswered (with a TCP reset).
    def serve_http1(self, tls_socket):
        buffer = b""
        try:
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = tls_socket.recv(65535)
                    if not data:
                        return
                    buffer += data
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, target = lines[0].split(" ")[:2]
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                while len(buffer) < length:
                    data = tls_socket.recv(65535)
                    if not data:
                        return
                    buffer += data
                buffer = buffer[length:]
                with self.lock:
                    first = self.seen == 0
                    self.seen += 1
                self.log(method, target)
                if first and self.mode in ("reset-after", "goaway-after"):
                    tls_socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                          struct.pack("ii", 1, 0))
                    return
                status, body = answer_for(method, target)
                payload = json.dumps(body).encode()
                tls_socket.sendall(b"HTTP/1.1 %d OK\r\nContent-Type: application/json\r\n"
                                   b"Content-Length: %d\r\n\r\n" % (status, len(payload))
                                   + payload)
        except (ConnectionError, ssl.SSLError, ValueError):
            return
        finally:
            tls_socket.close()

    # Returns False when the connection is to be closed.
    def request(self, conn, tls_socket, stream_id, heads):
        head = heads.pop(stream_id, {})
        method, path = head.get(":method", "?"), head.get(":path", "?")
        with self.lock:
            first = self.seen == 0
            self.seen += 1
        mode = self.mode
        if first and mode == "refuse-first":
            # Not processed: not logged as received.
            conn.reset_stream(stream_id, h2.errors.ErrorCodes.REFUSED_STREAM)
            return True
        if first and mode == "goaway-first":
            conn.close_connection(error_code=h2.errors.ErrorCodes.NO_ERROR, last_stream_id=0)
            tls_socket.sendall(conn.data_to_send())
            # A graceful close, as a draining server does: the client reads the GOAWAY and
            # closes first. Closing at once could reset the connection before the client
            # has read the frame.
            tls_socket.settimeout(5)
            try:
                while tls_socket.recv(65535):
                    pass
            except (OSError, ssl.SSLError):
                pass
            return False
        self.log(method, path)
        if first and mode == "reset-after":
            conn.reset_stream(stream_id, h2.errors.ErrorCodes.INTERNAL_ERROR)
            return True
        if first and mode == "goaway-after":
            conn.close_connection(error_code=h2.errors.ErrorCodes.INTERNAL_ERROR,
                                  last_stream_id=stream_id)
            tls_socket.sendall(conn.data_to_send())
            return False
        status, body = answer_for(method, path)
        payload = json.dumps(body).encode()
        conn.send_headers(stream_id, [(":status", str(status)),
                                      ("content-type", "application/json"),
                                      ("content-length", str(len(payload)))])
        conn.send_data(stream_id, payload, end_stream=True)
        return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--mode", required=True,
                        choices=["normal", "refuse-first", "goaway-first", "reset-after",
                                 "goaway-after"])
    args = parser.parse_args()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    context.set_alpn_protocols(["h2", "http/1.1"])
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    print(listener.getsockname()[1], flush=True)
    peer = Peer(args.mode)
    while True:
        client, _ = listener.accept()
        try:
            tls = context.wrap_socket(client, server_side=True)
        except (ssl.SSLError, OSError):
            client.close()
            continue
        threading.Thread(target=peer.serve, args=(tls,), daemon=True).start()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
