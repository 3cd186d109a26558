#!/usr/bin/env python3
"""Serves http://127.0.0.1:<listen>/<port>/<path> as http://127.0.0.1:<port>/<path> asked for in Prometheus's text
format 0.0.4. Debian 12's Prometheus (2.42) asks for OpenMetrics first and refuses the apps' exemplars on *_count
series ("does not support exemplars"); newer Prometheus versions read them. Only for the screenshots
(docs/observability/README.md): python3 text-format-proxy.py 20091"""
import http.client
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Proxy(BaseHTTPRequestHandler):
    def do_GET(self):
        port, _, path = self.path.lstrip("/").partition("/")
        if not port.isdigit():
            self.send_error(404)
            return
        # a plain HTTP/1.1 request (no "Connection: close", which urllib would send)
        upstream = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
        try:
            upstream.request("GET", "/" + path, headers={"Accept": "text/plain;version=0.0.4"})
            response = upstream.getresponse()
            body = response.read()
            self.send_response(response.status)
            self.send_header("Content-Type", response.getheader("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError as e:
            self.send_error(502, str(e))
        finally:
            upstream.close()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1] if len(sys.argv) > 1 else 20091)), Proxy).serve_forever()
