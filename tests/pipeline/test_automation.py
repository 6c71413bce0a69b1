import dagster as dg

from orchestration.automation import new_raw_files, nightly_refresh
from orchestration.resources import RawFilesResource


def evaluate(raw_dir, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"raw_files": RawFilesResource(directory=str(raw_dir))})
    return new_raw_files(context)


def test_sensor_requests_a_run_for_new_or_changed_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-03-02 T\n\nBody.")
    first = evaluate(tmp_path)
    assert len(first.run_requests) == 1
    unchanged = evaluate(tmp_path, first.cursor)
    assert not unchanged.run_requests
    (tmp_path / "b.txt").write_text("date 2025-03-03 T\n\nOther body.")
    added = evaluate(tmp_path, unchanged.cursor)
    assert len(added.run_requests) == 1 and added.run_requests[0].run_key != first.run_requests[0].run_key


def test_sensor_skips_when_the_folder_is_missing(tmp_path):
    result = evaluate(tmp_path / "nowhere")
    assert isinstance(result, dg.SkipReason) and "does not exist" in result.skip_message


def test_nightly_schedule_runs_at_two_utc_and_is_on_by_default():
    assert (nightly_refresh.cron_schedule, nightly_refresh.execution_timezone) == ("0 2 * * *", "UTC")
    assert nightly_refresh.default_status == dg.DefaultScheduleStatus.RUNNING


def test_sensor_ignores_the_feed_files_the_pipeline_itself_writes(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-03-02 T\n\nBody.")
    first = evaluate(tmp_path)
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "feeds-20250302T020000.jsonl").write_text('{"id": "x"}\n')  # written by feed_articles
    after_feeds = evaluate(tmp_path, first.cursor)
    assert not after_feeds.run_requests
    (tmp_path / "b.txt").write_text("date 2025-03-03 T\n\nOther body.")
    assert len(evaluate(tmp_path, after_feeds.cursor).run_requests) == 1


def test_on_a_ducklake_the_triggers_start_ingestion_alone_and_on_a_file_the_whole_refresh():
    from orchestration.automation import build_refresh_triggers

    assert [trigger.job_name for trigger in build_refresh_triggers(partitioned=True)] == ["ingest_raw_files"] * 2
    assert [trigger.job_name for trigger in build_refresh_triggers(partitioned=False)] == ["refresh_warehouse"] * 2
