import duckdb

from orchestration.resources import WarehouseResource


def test_runs_write_a_build_copy_and_publish_replaces_the_queried_file(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    with warehouse.transaction() as conn:
        conn.execute("create table t as select 1 as v")
    assert not warehouse.published_path.exists()
    warehouse.publish()
    reader = duckdb.connect(str(warehouse.published_path), read_only=True)
    with warehouse.transaction() as conn:
        conn.execute("update t set v = 2")
    assert reader.execute("select v from t").fetchone() == (1,)
    warehouse.publish()
    assert reader.execute("select v from t").fetchone() == (1,)  # an open reader keeps its snapshot
    reader.close()
    with duckdb.connect(str(warehouse.published_path), read_only=True) as fresh:
        assert fresh.execute("select v from t").fetchone() == (2,)


def test_failed_transaction_leaves_nothing_behind(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    try:
        with warehouse.transaction() as conn:
            conn.execute("create table t as select 1 as v")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with warehouse.connect(read_only=True) as conn:
        assert conn.execute("select count(*) from information_schema.tables where table_name = 't'").fetchone() == (0,)


def test_a_missing_build_copy_starts_from_the_published_file(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    with warehouse.transaction() as conn:
        conn.execute("create table t as select 1 as v")
    warehouse.publish()
    warehouse.build_path.unlink()
    with warehouse.connect(read_only=True) as conn:
        assert conn.execute("select v from t").fetchone() == (1,)
