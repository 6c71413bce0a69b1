"""An audit view in the Dagster UI: recent articles with their extracted spans highlighted."""

import dagster as dg

from orchestration.extraction.text import build_document
from orchestration.reporting import HighlightedSpan, render_article
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource

REPORTED_ARTICLES = 25

_SPANS_SQL = """
select article_id, evidence_start, evidence_end, evidence_rule, family || ': ' || summary
    || ' on ' || coalesce(event_date::varchar, '?')
from marts.event_evidence where article_id = any(?)
"""


@dg.asset(
    group_name="audit",
    deps=[dg.AssetKey(["marts", "event_evidence"])],
    kinds={"python"},
    pool=WAREHOUSE_POOL,
)
def extraction_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The most recently published articles, each as markdown with its evidence sentences in bold
    and a numbered note of what every highlight yielded, so a number can be audited in the UI."""
    with warehouse.connect(read_only=True) as conn:
        recent = conn.execute(
            """select article_id, coalesce(title, ''), body, published, source_path from raw.articles
               where retired_at is null order by published desc, article_id limit ?""",
            [REPORTED_ARTICLES],
        ).fetchall()
        ids = [row[0] for row in recent]
        spans: dict[str, list[HighlightedSpan]] = {article_id: [] for article_id in ids}
        for article_id, start, end, rule, label in conn.execute(_SPANS_SQL, [ids]).fetchall():
            spans[article_id].append(HighlightedSpan(start, end, label, rule))
    metadata: dict[str, dg.MetadataValue] = {"articles_shown": dg.MetadataValue.int(len(recent))}
    for article_id, title, body, published, source_path in recent:
        markdown = render_article(title, build_document(title, body), spans[article_id])
        metadata[f"{published} {article_id}"] = dg.MetadataValue.md(f"`{source_path}`\n\n{markdown}")
    context.log.info(f"Rendered {len(recent)} articles with {sum(map(len, spans.values()))} highlighted mentions")
    return dg.MaterializeResult(metadata=metadata)
