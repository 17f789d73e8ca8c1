"""What the load and latency scripts share: one JSON call over a kept-alive connection, and signing up."""
import base64
import http.client
import json
import urllib.parse


def connect(base):
    """A kept-alive connection to a service, e.g. connect("http://localhost:8080")."""
    url = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(url.hostname, url.port)


def call(conn, method, path, body=None, headers=None):
    """Sends one request; answers (status, headers, body bytes)."""
    headers = dict(headers or {})
    if body is not None:
        body = json.dumps(body)
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def register(conn, name, password):
    """Registers a user and logs in; answers the bearer token."""
    status, _, body = call(conn, "POST", "/api/users",
                           {"username": name, "email": name + "@example.com", "password": password})
    assert status == 201, (status, body)
    basic = base64.b64encode(f"{name}:{password}".encode()).decode()
    status, _, body = call(conn, "POST", "/api/tokens", headers={"Authorization": "Basic " + basic})
    assert status == 200, (status, body)
    return json.loads(body)["token"]
