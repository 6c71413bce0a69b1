"""The Dagster UI and the HTML report as a person uses them, in headless Chromium (Debian's, never a download).

`dagster dev` is started the way an IDE starts it (`.venv/bin/dagster`, the environment not on PATH)
with a temporary warehouse, run history and raw folder; the test materializes everything from the
UI, then reads the row count and chart of `daily_casualties` and opens the report built from the
same warehouse.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from orchestration import config

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
STARTUP_GUARD_SECONDS = 900  # against a hang only: a loaded CI machine needs minutes to load the code location
RUN_GUARD_MS = 1_200_000

ASSET_NODES = "{ assetNodes { assetKey { path } groupName dependencyKeys { path } } }"
RUN_STATUS = '{ runOrError(runId: "%s") { ... on Run { status startTime endTime } } }'
RUNS = "{ runsOrError { ... on Runs { results { runId tags { key } } } } }"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def graphql(base_url: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base_url}/graphql", data=json.dumps({"query": query}).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["data"]


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("e2e")
    shutil.copytree(config.PROJECT_ROOT / "raw", root / "raw")
    (root / "dagster_home").mkdir()
    shutil.copy(config.PROJECT_ROOT / "dagster.yaml", root / "dagster_home" / "dagster.yaml")
    return root


@pytest.fixture(scope="module")
def dagster_ui(workspace: Path, dbt_manifest) -> Iterator[str]:
    """`dagster dev` on a free port; its whole process group is stopped at the end."""
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PATH")}
    env |= {
        "PATH": "/usr/bin:/bin",
        "DAGSTER_HOME": str(workspace / "dagster_home"),
        "DUCKDB_DATABASE": str(workspace / "warehouse.duckdb"),
        "RAW_DIR": str(workspace / "raw"),
    }
    dagster = Path(sys.executable).parent / "dagster"
    with (workspace / "dagster-dev.log").open("w") as log:
        process = subprocess.Popen(
            [str(dagster), "dev", "-m", "orchestration.definitions", "--host", "127.0.0.1", "--port", str(port)],
            cwd=config.PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_GUARD_SECONDS
        while not _code_location_loaded(base_url):
            assert process.poll() is None, (workspace / "dagster-dev.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "dagster dev never served the code location"
            time.sleep(2)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _code_location_loaded(base_url: str) -> bool:
    try:
        return bool(graphql(base_url, ASSET_NODES)["assetNodes"])
    except OSError:
        return False


def _ancestors(nodes: list[dict], key: str) -> set[str]:
    parents = {"/".join(node["assetKey"]["path"]): {"/".join(dep["path"]) for dep in node["dependencyKeys"]} for node in nodes}
    found, todo = set(), [key]
    while todo:
        for parent in parents[todo.pop()] - found:
            found.add(parent)
            todo.append(parent)
    return found


@pytest.fixture(scope="module")
def materialized(dagster_ui: str, chromium) -> dict:
    """Open the asset graph, dismiss the first-visit dialog, "Materialize all", wait for the run to succeed."""
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{dagster_ui}/asset-groups")
    page.get_by_role("button", name="Skip").click(timeout=RUN_GUARD_MS)
    page.get_by_text("extract", exact=True).first.wait_for()
    graph_text = page.locator("body").inner_text()
    page.get_by_role("button", name="Materialize all").click()
    run_id = _launched_from_the_ui(dagster_ui)
    page.goto(f"{dagster_ui}/runs/{run_id}")
    page.get_by_text("Success", exact=True).first.wait_for(timeout=RUN_GUARD_MS)
    run = _finished(dagster_ui, run_id)  # a step's "Success" can show before the run itself ends
    page.close()
    return {"graph_text": graph_text, "run": run, "nodes": graphql(dagster_ui, ASSET_NODES)["assetNodes"]}


def _finished(base_url: str, run_id: str) -> dict:
    """The run once it has ended, whatever its status."""
    deadline = time.monotonic() + RUN_GUARD_MS / 1000
    while True:
        run = graphql(base_url, RUN_STATUS % run_id)["runOrError"]
        if run["status"] in {"SUCCESS", "FAILURE", "CANCELED"}:
            return run
        assert time.monotonic() < deadline, f"the run never ended: {run['status']}"
        time.sleep(2)


def _launched_from_the_ui(base_url: str) -> str:
    """The id of the run launched by hand (the raw-folder sensor may have started one of its own)."""
    deadline = time.monotonic() + STARTUP_GUARD_SECONDS
    while True:
        runs = graphql(base_url, RUNS)["runsOrError"]["results"]
        by_hand = [run["runId"] for run in runs if not any(tag["key"] == "dagster/sensor_name" for tag in run["tags"])]
        if by_hand:
            return by_hand[0]
        assert time.monotonic() < deadline, "no run was launched from the UI"
        time.sleep(2)


def test_asset_graph_runs_from_ingest_through_extract_and_dbt_to_the_marts(materialized):
    for group in ("ingest", "extract", "dbt", "publish"):
        assert group in materialized["graph_text"]
    nodes = materialized["nodes"]
    group = {"/".join(node["assetKey"]["path"]): node["groupName"] for node in nodes}
    assert (group["articles"], group["casualty_mentions"], group["marts/daily_casualties"]) == ("ingest", "extract", "dbt")
    assert "articles" in _ancestors(nodes, "casualty_mentions")
    assert "casualty_mentions" in _ancestors(nodes, "marts/daily_casualties")


def test_materialize_all_from_the_ui_succeeds(materialized):
    run = materialized["run"]
    assert run["status"] == "SUCCESS"
    print(f"UI run took {run['endTime'] - run['startTime']:.0f} s")


def test_daily_casualties_shows_its_row_count_and_chart(materialized, dagster_ui, chromium, workspace):
    import duckdb

    with duckdb.connect(str(workspace / "warehouse.duckdb"), read_only=True) as conn:
        rows = conn.execute("select count(*) from marts.daily_casualties").fetchone()[0]
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{dagster_ui}/assets/marts/daily_casualties")
    row_count = page.get_by_text("Row count", exact=True).locator("xpath=..")
    row_count.wait_for(timeout=RUN_GUARD_MS)
    assert row_count.inner_text().split() == ["Row", "count", str(rows)]
    page.locator("tr", has_text="latest_rows").first.wait_for(timeout=RUN_GUARD_MS)
    page.locator("tr", has_text="killed_per_side_chart").first.get_by_text("[Show Markdown]").click()
    chart = page.locator("img[src^='data:image/png;base64,']").first
    chart.wait_for(timeout=RUN_GUARD_MS)
    assert chart.evaluate("image => image.complete && image.naturalWidth") > 300
    page.screenshot(path=str(workspace / "daily_casualties_chart.png"))
    page.close()


def test_report_of_that_warehouse_renders_its_charts_offline(materialized, chromium, workspace):
    out = workspace / "reports" / "index.html"
    env = {**os.environ, "DUCKDB_DATABASE": str(workspace / "warehouse.duckdb")}
    built = subprocess.run([sys.executable, "-m", "orchestration.report", str(out)], env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(out.as_uri())
    for chart in ("#casualties-chart svg", "#ceasefire-chart svg"):
        box = page.locator(chart).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 100
        assert page.locator(f"{chart} path, {chart} rect").count() > 10
    page.locator("#casualties-table a").first.click()
    assert page.locator(".evidence:target blockquote").count() >= 1
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
    page.close()
