#!/usr/bin/env python3
"""Writes nginx.conf (to stdout) and the files it serves, from the captured responses.

    nginx_conf.py CAPTURE_DIR NGINX_PREFIX PORT

One exact location per captured path, aliased to a file holding the identity bytes, with the
gzip bytes beside it as FILE.gz for gzip_static. nginx's own ETag is off: If-None-Match is
compared with the ETag Accord sent (per encoding), answering 304 as Accord did. The other
headers Accord sent are added as they were; Last-Modified comes from the file's time, set
to Accord's.
"""
import email.utils
import os
import shutil
import sys
from collections import defaultdict

capture, prefix, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
root = os.path.join(prefix, "root")
os.makedirs(root, exist_ok=True)

variants = defaultdict(dict)
for line in open(os.path.join(capture, "manifest.tsv")):
    target, variant, name = line.rstrip("\n").split("\t")
    variants[target][variant] = name


def headers(name):
    lines = open(os.path.join(capture, name + ".headers")).read().splitlines()
    return [(h.split(":", 1)[0].strip(), h.split(":", 1)[1].strip()) for h in lines[1:] if ":" in h]


def quote(value):
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


maps, locations, paths = [], [], set()
for index, (target, found) in enumerate(sorted(variants.items())):
    path, _, query = target.partition("?")
    if path in paths:
        sys.exit(f"two captured targets share the path {path}: not supported")
    paths.add(path)
    file = os.path.join(root, f"r{index}")
    shutil.copyfile(os.path.join(capture, found["identity"] + ".body"), file)
    identity = headers(found["identity"])
    etag = dict((k.lower(), v) for k, v in identity).get("etag")
    gzip_etag = etag
    if "gzip" in found:
        shutil.copyfile(os.path.join(capture, found["gzip"] + ".body"), file + ".gz")
        gzip_etag = dict((k.lower(), v) for k, v in headers(found["gzip"])).get("etag", etag)
    modified = dict((k.lower(), v) for k, v in identity).get("last-modified")
    if modified:
        stamp = email.utils.parsedate_to_datetime(modified).timestamp()
        for f in (file, file + ".gz"):
            if os.path.exists(f):
                os.utime(f, (stamp, stamp))
    lines = [f"        location = {path} {{"]
    if query:
        lines.append(f"            if ($args != {quote(query)}) {{ return 404; }}")
    lines.append(f"            alias {file};")
    if "gzip" in found:
        lines.append("            gzip_static on;")
    content_type = "application/octet-stream"
    for key, value in identity:
        lower = key.lower()
        if lower == "content-type":
            content_type = value
        elif lower not in ("etag", "last-modified", "content-encoding", "server"):
            lines.append(f"            add_header {key} {quote(value)} always;")
    lines.insert(1, f"            default_type {quote(content_type)};")
    if etag:
        maps.append(
            f"    map $http_accept_encoding $etag_r{index} {{\n"
            f"        ~gzip {quote(gzip_etag)};\n        default {quote(etag)};\n    }}")
        lines.append(f"            add_header ETag $etag_r{index} always;")
        lines.append(f"            if ($http_if_none_match = $etag_r{index}) {{ return 304; }}")
    lines.append("        }")
    locations.append("\n".join(lines))

temp = os.path.join(prefix, "temp")
print(f"""# Written by scripts/bench http from Accord's captured responses.
worker_processes 1;
master_process off;
daemon off;
pid {prefix}/nginx.pid;
error_log stderr error;
worker_rlimit_nofile 20000;
events {{
    worker_connections 10000;
    multi_accept on;
}}
http {{
    access_log off;
    types {{ }}
    server_tokens off;
    etag off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 120s;
    keepalive_requests 1000000000;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{chr(10).join(maps)}
    server {{
        listen 127.0.0.1:{port} backlog=4096;
{chr(10).join(locations)}
        location / {{ return 404; }}
    }}
}}""")
