"""Write tiendo's nginx configuration from deploy/nginx.conf.template.

    .venv/bin/python deploy/render_nginx.py --replica 127.0.0.1:8501 --replica 127.0.0.1:8502 \\
        --server-name tiendo.snv.example.gov.vn \\
        --tls-cert /etc/ssl/certs/tiendo.pem --tls-key /etc/ssl/private/tiendo.key \\
        > /etc/nginx/conf.d/tiendo.conf

The upload limit comes from tiendo's own setting (TIENDO_MAX_UPLOAD_MB, 50 MB by default)
when tiendo is importable, so nginx and the app cannot disagree. Standard library only.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().with_name("nginx.conf.template")
ENVELOPE_MB = 1  # a multipart upload is the file plus its boundaries and part headers


def upload_mb() -> int:
    """The app's upload limit in whole MB (what dashboard/serve.py gives Streamlit)."""
    try:
        from etl import config

        return math.ceil(config.max_upload_bytes() / 2**20)
    except ImportError:  # rendered on a machine without tiendo: the same setting, read here
        return math.ceil(float(os.environ.get("TIENDO_MAX_UPLOAD_MB") or 50))


def render(
    replicas: list[str],
    listen: str | None = None,
    server_name: str = "_",
    access_log: str = "/var/log/nginx/tiendo.access.log",
    tls_cert: str | None = None,
    tls_key: str | None = None,
    max_body_mb: int | None = None,
) -> str:
    if not replicas:
        raise ValueError("at least one --replica HOST:PORT")
    if bool(tls_cert) != bool(tls_key):
        raise ValueError("--tls-cert and --tls-key go together")
    tls = bool(tls_cert)
    servers = "\n".join(f"    server {r} max_fails=0;" for r in replicas)
    tls_lines = (
        f"    ssl_certificate {tls_cert};\n"
        f"    ssl_certificate_key {tls_key};\n"
        "    ssl_protocols TLSv1.2 TLSv1.3;\n"
        if tls
        else ""
    )
    values = {
        "@LISTEN@": listen or ("443 ssl" if tls else "80"),
        "@SERVER_NAME@": server_name,
        "@REPLICAS@": servers,
        "@CLIENT_MAX_BODY@": f"{(max_body_mb or upload_mb()) + ENVELOPE_MB}m",
        "@ACCESS_LOG@": access_log,
        "@TLS@": tls_lines,
        "@COOKIE_SECURE@": "; Secure" if tls else "",
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1] if text.startswith("#") else text  # drop the header
    for key, value in values.items():
        body = body.replace(key, value)
    header = "# Written by deploy/render_nginx.py from deploy/nginx.conf.template: edit those.\n"
    return header + body


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="deploy/render_nginx.py", description=__doc__.split("\n")[0])
    p.add_argument("--replica", action="append", required=True, help="HOST:PORT, repeated")
    p.add_argument("--listen", help="nginx's listen (default 80, or '443 ssl' with TLS)")
    p.add_argument("--server-name", default="_", help="the public host name (default _)")
    p.add_argument("--access-log", default="/var/log/nginx/tiendo.access.log")
    p.add_argument("--tls-cert", help="certificate (chain) file: serve HTTPS")
    p.add_argument("--tls-key", help="its private key")
    p.add_argument("--max-upload-mb", type=int, help="default: TIENDO_MAX_UPLOAD_MB (50)")
    p.add_argument("--out", help="write here instead of stdout")
    args = p.parse_args(argv)
    try:
        text = render(
            args.replica,
            args.listen,
            args.server_name,
            args.access_log,
            args.tls_cert,
            args.tls_key,
            args.max_upload_mb,
        )
    except ValueError as exc:
        p.error(str(exc))
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
