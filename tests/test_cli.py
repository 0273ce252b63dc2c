"""`marsad analyze` end to end: formats, ids, --out, batches, and one-line errors on bad input.

The pipeline is configured with no components, so these tests do not depend on extractors.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main

NEWS = (
    "قال وزير الخارجية إن المملكة تدعم جهود التهدئة في المنطقة، مؤكدا أهمية الحوار.\n"
    "وأضاف الوزير أن بلاده ستواصل العمل مع شركائها لدعم الاستقرار."
)


@pytest.fixture()
def config(tmp_path: Path) -> str:
    path = tmp_path / "none.toml"
    path.write_text("[pipeline]\ncomponents = []\n", encoding="utf-8")
    return str(path)


@pytest.fixture()
def sample_file(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "article-000.txt"
    path.write_text(sample_text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_carries_id_metadata_and_headings(
    capsys: pytest.CaptureFixture[str], config: str, sample_file: Path
) -> None:
    code, out, err = _run(
        capsys, "--config", config, "analyze", str(sample_file), "--published", "2024-10-29"
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["id"] == "article-000"
    assert data["metadata"]["published"] == "2024-10-29"
    assert data["metadata"]["attribution"] == "اندبندنت عربية"
    assert len(data["headings"]) == 5
    assert [b["rule"] for b in data["boilerplate"]] == ["read_more", "cms_placeholder", "credit"]


def test_jsonl_and_text_formats(
    capsys: pytest.CaptureFixture[str], config: str, sample_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(NEWS, encoding="utf-8")
    code, out, _ = _run(
        capsys, "--config", config, "analyze", str(sample_file), str(other), "--format", "jsonl"
    )
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["article-000", "other"]
    code, out, _ = _run(capsys, "--config", config, "analyze", str(sample_file), "--format", "text")
    assert code == 0
    assert "article-000" in out and "اندبندنت عربية" in out and "تقدم روسي" in out


def test_html_page_escapes_the_article(
    capsys: pytest.CaptureFixture[str], config: str, tmp_path: Path
) -> None:
    path = tmp_path / "evil.txt"
    path.write_text(
        NEWS + '\nوكتب أحد القراء <script>alert("x")</script> و<b onmouseover="y">تعليقا</b>.',
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "--config", config, "analyze", str(path), "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and 'dir="rtl"' in out
    assert "<script>" not in out and "onmouseover=" not in out.replace("onmouseover=&quot;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert "evil" in out  # the id


def test_out_dir_writes_one_file_per_input(
    capsys: pytest.CaptureFixture[str], config: str, sample_file: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, _ = _run(
        capsys, "--config", config, "analyze", str(sample_file), "--out", str(out_dir)
    )
    assert code == 0
    data = json.loads((out_dir / "article-000.json").read_text(encoding="utf-8"))
    assert data["id"] == "article-000"
    code, _, _ = _run(
        capsys,
        "--config",
        config,
        "analyze",
        str(sample_file),
        "--format",
        "html",
        "--out",
        str(out_dir),
    )
    assert code == 0 and (out_dir / "article-000.html").exists()
    out_file = tmp_path / "one.json"
    code, _, _ = _run(
        capsys, "--config", config, "analyze", str(sample_file), "--out", str(out_file)
    )
    assert code == 0 and json.loads(out_file.read_text(encoding="utf-8"))["id"] == "article-000"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\x00\x01\x02\xff" * 300, "binary"),
        (b"The minister said the economy is growing fast this year.", "not Arabic"),
        (NEWS.encode("utf-8") * 40, "larger than the limit"),
    ],
)
def test_user_errors_are_one_line_and_non_zero(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes | None,
    message: str,
) -> None:
    config = tmp_path / "small.toml"
    config.write_text("[input]\nmax_bytes = 4000\n[pipeline]\ncomponents = []\n", encoding="utf-8")
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = _run(capsys, "--config", str(config), "analyze", str(path))
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("marsad: ") and message in err
    assert str(path) in err and "Traceback" not in err


def test_batch_reports_bad_inputs_and_processes_the_rest(
    capsys: pytest.CaptureFixture[str], config: str, sample_file: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "text": NEWS}, ensure_ascii=False)
        + "\n{oops\n"
        + json.dumps({"id": "r3", "text": "English only, sorry."})
        + "\n"
        + json.dumps({"id": "r4"})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = _run(
        capsys,
        "--config",
        config,
        "analyze",
        str(sample_file),
        str(tmp_path / "missing.txt"),
        str(empty),
        "--jsonl",
        str(records),
        "--format",
        "jsonl",
    )
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["article-000", "r1"]
    lines = err.splitlines()
    assert len(lines) == 5
    assert "missing.txt: no such file" in lines[0]
    assert "empty.txt is empty" in lines[1]
    assert f"{records}:2: invalid JSON" in lines[2]
    assert f"{records}:3:" in lines[3] and "r3" in lines[3] and "not Arabic" in lines[3]
    assert f"{records}:4:" in lines[4] and "r4" in lines[4]


def test_stdin(
    capsys: pytest.CaptureFixture[str], config: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = NEWS.encode("cp1256")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = _run(capsys, "--config", config, "analyze", "-")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"].startswith("stdin-") and len(doc["id"]) == 14
    assert doc["text"] == NEWS.replace("\n", "\n\n")


def test_url_to_loopback_is_refused(capsys: pytest.CaptureFixture[str], config: str) -> None:
    code, out, err = _run(capsys, "--config", config, "analyze", "http://127.0.0.1:9/news")
    assert code == 1 and out == ""
    assert "loopback" in err and "--allow-private" in err and err.count("\n") == 1


def test_bad_arguments(capsys: pytest.CaptureFixture[str], config: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--config", config, "analyze", "x.txt", "--published", "29/10/2024"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        main(["analyze"])
    code, _, err = _run(capsys, "--config", "/absent/config.toml", "analyze", "x.txt")
    assert code == 2 and "cannot read config" in err


def test_subprocess_exit_codes_and_stdin(config: str, tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "marsad.cli", "--config", config, "analyze"]
    missing = subprocess.run([*cmd, str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr
    piped = subprocess.run(
        [*cmd, "-", "--format", "jsonl"], input=NEWS.encode("utf-16"), capture_output=True
    )
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["id"].startswith("stdin-")
    junk = subprocess.run([*cmd, "-"], input=bytes(range(256)) * 50, capture_output=True)
    assert junk.returncode == 1 and b"Traceback" not in junk.stderr


def test_url_from_a_local_server_with_allow_private(
    capsys: pytest.CaptureFixture[str], config: str, sample_text: str
) -> None:
    import http.server
    import threading

    body = sample_text.encode("utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/news/article-000"
    try:
        code, out, err = _run(capsys, "--config", config, "analyze", url)
        assert code == 1 and "loopback" in err and out == ""
        code, out, err = _run(capsys, "--config", config, "analyze", url, "--allow-private")
        assert code == 0, err
        data = json.loads(out)
        assert data["id"].startswith("127-0-0-1-news-article-000-")
        assert data["metadata"]["url"] == url
        assert data["metadata"]["attribution"] == "اندبندنت عربية"
    finally:
        httpd.shutdown()
        httpd.server_close()
