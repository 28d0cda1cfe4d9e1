"""The server under concurrent load from a local client, and no way out through paths.

Fifty analyses at once against uvicorn on 127.0.0.1: every one answered with its record
(the queue holds 64; beyond that the server says 503), never an error.
Figures with more requests: bench/bench_web_load.py.
"""

from __future__ import annotations

import concurrent.futures as cf
import socket
import threading
import time

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
httpx = pytest.importorskip("httpx", reason="httpx is not installed")

from rasd.web.app import create_app  # noqa: E402

from ._web import build_store  # noqa: E402

ARTICLE = "اتهمت تركيا الإمارات بدعم قوات حفتر في ليبيا، وهددت بإرسال قوات إلى طرابلس لدعم حكومة الوفاق."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    db = build_store(tmp_path_factory.mktemp("load") / "s.db", None)
    port = _free_port()
    config = uvicorn.Config(create_app(db, workers=2), host="127.0.0.1", port=port, log_level="error")
    srv = uvicorn.Server(config)
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


def test_fifty_concurrent_analyses_all_answered(server):
    def one(i: int) -> int:
        r = httpx.post(f"{server}/api/analyze", json={"text": ARTICLE, "date": "2019-12-05"}, timeout=120)
        if r.status_code == 200:
            assert r.json()["events"]
        return r.status_code

    with cf.ThreadPoolExecutor(max_workers=50) as pool:
        codes = list(pool.map(one, range(50)))
    assert codes == [200] * 50, codes


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2f..%2fetc%2fpasswd", "/api/documents/..%2f..%2fetc%2fpasswd"])
def test_no_path_traversal(server, path):
    r = httpx.get(server + path, timeout=10)
    assert r.status_code in (400, 404, 422)
    assert "root:" not in r.text
