{# Columns every mention model shares, so the three event families stay in step. #}

{% macro evidence_columns(relation='') -%}
    {%- set prefix = relation ~ '.' if relation else '' -%}
        {{ prefix }}evidence_sentence,
        {{ prefix }}evidence_start,
        {{ prefix }}evidence_end,
        {{ prefix }}evidence_rule
{%- endmacro %}

{% macro article_context_columns(mentions='mentions', articles='articles') -%}
        -- an event without a date clue takes its article's publication date, flagged as inferred
        coalesce({{ mentions }}.event_date, {{ articles }}.published_date) as event_date,
        {{ mentions }}.date_inferred or {{ mentions }}.event_date is null as date_inferred,

        {{ articles }}.published_date,
        {{ articles }}.ingested_at,
        {{ articles }}.source_path,
{%- endmacro %}
