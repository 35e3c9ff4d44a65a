#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server (Debian's python3-aiosmtpd) on loopback for the e-mail channel's tests.

Every accepted message is saved in --dir as N.eml (the raw DATA, CRLF line ends, dot-unstuffed)
and then N.json: the envelope (mail_from, rcpt_tos), whether TLS/STARTTLS was used and who logged
in, and the message as Python's own e-mail parser reads it (decoded headers, MIME parts with
their decoded content, parser defects, longest line, bare LFs). "READY" is printed on stdout once
the server accepts connections; SIGTERM stops it.
"""

import argparse
import email
import email.policy
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mode", choices=["plain", "starttls", "starttls-required", "tls"], default="plain")
    parser.add_argument("--cert", help="PEM certificate chain for STARTTLS/TLS")
    parser.add_argument("--key", help="PEM private key for STARTTLS/TLS")
    parser.add_argument("--user", help="the only login AUTH accepts (with --password)")
    parser.add_argument("--password")
    parser.add_argument("--reject-rcpt", action="append", default=[], help="answer 550 for this recipient")
    parser.add_argument("--tempfail-rcpt", action="append", default=[], help="answer 451 for this recipient")
    return parser.parse_args()


class Sink:
    def __init__(self, arguments):
        self.arguments = arguments
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.arguments.reject_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address in self.arguments.tempfail_rcpt:
            return "451 4.3.0 <%s>: Temporary lookup failure, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        raw = envelope.original_content
        base = os.path.join(self.arguments.dir, str(number))
        with open(base + ".eml", "wb") as out:
            out.write(raw)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding"),
                "content": part.get_content(),
            })
        lines = raw.split(b"\r\n")
        ssl_object = server.transport.get_extra_info("ssl_object") if server.transport else None
        info = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "starttls": session.ssl is not None,
            "tls": session.ssl is not None or ssl_object is not None,
            "auth_user": session.auth_data if session.authenticated else None,
            "headers": {name: str(message[name]) for name in
                        ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                         "Auto-Submitted") if message[name] is not None},
            "content_type": message.get_content_type(),
            "parts": parts,
            "defects": [str(defect) for defect in message.defects] +
                       [str(defect) for part in message.walk() for defect in part.defects],
            "longest_line": max(len(line) for line in lines),
            "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as out:
            json.dump(info, out, ensure_ascii=False, indent=1)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Ok: queued as certdesk-%d" % number


def main():
    arguments = parse_arguments()
    context = None
    if arguments.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(arguments.cert, arguments.key)
    smtp_options = {}
    if arguments.mode in ("starttls", "starttls-required"):
        smtp_options["tls_context"] = context
        smtp_options["require_starttls"] = arguments.mode == "starttls-required"
    if arguments.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            login = auth_data.login.decode("utf-8", "replace")
            password = auth_data.password.decode("utf-8", "replace")
            good = login == arguments.user and password == arguments.password
            # handled=False: aiosmtpd answers a refusal with 535 itself.
            return AuthResult(success=good, handled=False, auth_data=login if good else None)
        smtp_options["authenticator"] = authenticator
        smtp_options["auth_required"] = True
    controller = Controller(Sink(arguments), hostname="127.0.0.1", port=arguments.port,
                            ssl_context=context if arguments.mode == "tls" else None,
                            server_hostname="sink.certdesk.test", **smtp_options)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print("READY", flush=True)
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
