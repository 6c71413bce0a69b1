"""Asset checks that catch bad data: quarantine share, silent articles, implausible or jumping
tolls, stale marts, and a drop in extraction quality on the shipped evaluation set."""

from datetime import date, timedelta
from pathlib import Path

import dagster as dg

from orchestration.assets.publish import published_warehouse
from orchestration.extraction.extractor import extract_events
from orchestration.predict import prediction
from orchestration.quality.scoring import load_jsonl, score
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource

MAX_QUARANTINE_SHARE = 0.2
MAX_SILENT_ARTICLE_SHARE = 0.6
MAX_CASUALTIES_ONE_ARTICLE = 10_000
JUMP_FACTOR = 10
TRAILING_DAYS = 7
FRESHNESS = timedelta(hours=36)
QUALITY_DATA = Path(__file__).parent / "quality" / "data"
MIN_F1 = {"casualties": 0.9, "ceasefire": 0.7, "diplomacy": 0.85}


def _share_check(part: int, whole: int, limit: float, what: str) -> dg.AssetCheckResult:
    share = part / whole if whole else 0.0
    return dg.AssetCheckResult(
        passed=share <= limit,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{part} of {whole} {what} ({share:.0%}; limit {limit:.0%})",
        metadata={"share": share, "count": part, "total": whole},
    )


@dg.asset_check(asset="articles", pool=WAREHOUSE_POOL,
                description=f"At most {MAX_QUARANTINE_SHARE:.0%} of the input read on the last run is quarantined.")
def quarantine_share(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        bad, good = conn.execute(
            "select quarantined, new_articles + known_articles + duplicates from raw.ingest_runs order by run_at desc limit 1"
        ).fetchone()
    return _share_check(bad, bad + good, MAX_QUARANTINE_SHARE, "inputs quarantined on the last run")


@dg.asset_check(asset="casualty_mentions", pool=WAREHOUSE_POOL, description=f"At most {MAX_SILENT_ARTICLE_SHARE:.0%} of articles yield no event at all.")
def articles_without_events(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        silent, total = conn.execute(
            """select count(*) filter (where e.casualties + e.ceasefire + e.diplomacy = 0), count(*)
               from raw.extractions e join raw.articles a using (article_id) where a.retired_at is null"""
        ).fetchone()
    return _share_check(silent, total, MAX_SILENT_ARTICLE_SHARE, "articles with no extracted event")


@dg.asset_check(asset="casualty_mentions", pool=WAREHOUSE_POOL, description=f"No single incident claim above {MAX_CASUALTIES_ONE_ARTICLE:,} people.")
def casualty_counts_plausible(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        rows = conn.execute(
            """select article_id, side, outcome, greatest(count, coalesce(count_high, 0)) as n, evidence_sentence
               from raw.casualty_mentions where scope = 'incident' and greatest(count, coalesce(count_high, 0)) > ?
               order by n desc limit 20""",
            [MAX_CASUALTIES_ONE_ARTICLE],
        ).fetchall()
    return dg.AssetCheckResult(
        passed=not rows,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{len(rows)} incident claims above {MAX_CASUALTIES_ONE_ARTICLE:,}",
        metadata={"claims": dg.MetadataValue.json([list(map(str, row)) for row in rows])},
    )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "daily_casualties"]),
    pool=WAREHOUSE_POOL,
    description=f"Flags (does not drop) days whose killed total is over {JUMP_FACTOR}x the median of the {TRAILING_DAYS} days before.",
)
def daily_toll_jumps(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        jumps = conn.execute(
            f"""with daily as (
                    select event_date, sum(killed) as killed from marts.daily_casualties
                    where side <> 'ALL' and killed is not null group by event_date
                ), with_trailing as (
                    select event_date, killed,
                           median(killed) over (order by event_date range between interval {TRAILING_DAYS} days preceding
                                                and interval 1 day preceding) as trailing_median
                    from daily
                )
                select event_date, killed, trailing_median from with_trailing
                where trailing_median > 0 and killed > ? * trailing_median order by event_date""",
            [JUMP_FACTOR],
        ).fetchall()
    return dg.AssetCheckResult(
        passed=not jumps,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{len(jumps)} days jump over {JUMP_FACTOR}x their trailing median",
        metadata={"days": dg.MetadataValue.json([[str(day), killed, float(median)] for day, killed, median in jumps])},
    )


@dg.asset_check(
    asset="casualty_mentions",
    description="The extractor scored on the evaluation set shipped in orchestration/quality/data; "
    f"fails when a family's F1 drops below {MIN_F1}.",
)
def extraction_quality() -> dg.AssetCheckResult:
    articles, gold = load_jsonl(QUALITY_DATA / "articles.jsonl"), load_jsonl(QUALITY_DATA / "gold.jsonl")
    predictions = {
        article_id: prediction(article_id, extract_events(article.get("title", ""), article["text"],
                                                          date.fromisoformat(article["published"])))
        for article_id, article in articles.items()
    }
    scores = score(gold, predictions)
    below = sorted(family for family, result in scores.items() if result.f1 is not None and result.f1 < MIN_F1[family])
    return dg.AssetCheckResult(
        passed=not below,
        description=f"F1 below the bar: {', '.join(below)}" if below else "Every family at or above its F1 bar",
        metadata={
            f"{family}_{measure}": dg.MetadataValue.float(float(getattr(result, measure) or 0.0))
            for family, result in scores.items()
            for measure in ("precision", "recall", "f1", "date_agreement")
        },
    )


marts_freshness = dg.build_last_update_freshness_checks(assets=[published_warehouse], lower_bound_delta=FRESHNESS)
marts_freshness_sensor = dg.build_sensor_for_freshness_checks(
    freshness_checks=marts_freshness, default_status=dg.DefaultSensorStatus.RUNNING
)

data_checks = [extraction_quality, quarantine_share, articles_without_events, casualty_counts_plausible, daily_toll_jumps, *marts_freshness]
