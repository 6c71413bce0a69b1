-- Every mention of every event family with the sentence it was read from, so that any number in
-- the marts can be traced back to its evidence.
--
-- Incremental: it grows with the corpus, so a run writes only the mentions of articles that are
-- new or were re-read by another extractor version (their old rows are replaced by article), and
-- the post-hook removes the rows of mentions that are gone (retired articles, re-reads that
-- found less). Rows of untouched articles keep their `loaded_at`.

{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='append_new_columns',
        post_hook="""
            delete from {{ this }}
            where mention_id not in (
                select mention_id from {{ ref('int_casualty_mentions') }}
                union all
                select mention_id from {{ ref('int_ceasefire_mentions') }}
                union all
                select mention_id from {{ ref('int_diplomacy_mentions') }}
            )
        """,
    )
}}

{#- a table written before `extractor_version` existed is refilled whole, after dbt adds the column -#}
{%- set incremental = is_incremental()
    and 'extractor_version' in (adapter.get_columns_in_relation(this) | map(attribute='name') | list) -%}

with

casualty_mentions as (

    select * from {{ ref('int_casualty_mentions') }}

),

ceasefire_mentions as (

    select * from {{ ref('int_ceasefire_mentions') }}

),

diplomacy_mentions as (

    select * from {{ ref('int_diplomacy_mentions') }}

),

casualties as (

    select
        'casualties' as family,
        mention_id,
        article_id,
        event_date,
        date_inferred,
        -- e.g. "UKR military killed: at_least 12 (incident, claimed by UKR)"
        concat(
            side, ' ', victims, ' ', outcome, ': ',
            case
                when reported_count is null then 'no number'
                else concat(
                    qualifier, ' ', cast(reported_count as varchar),
                    coalesce('-' || cast(reported_count_high as varchar), '')
                )
            end,
            ' (', scope, coalesce(', claimed by ' || claimed_by, ''), ')'
        ) as summary,
        {{ evidence_columns() }},
        source_path,
        extractor_version

    from casualty_mentions

),

ceasefire as (

    select
        'ceasefire' as family,
        mention_id,
        article_id,
        event_date,
        date_inferred,
        -- e.g. "ARM-AZE violated (accuser AZE, accused ARM)"
        concat(
            dyad, ' ', event,
            case when is_historical then ' [historical]' else '' end,
            nullif(
                concat(
                    ' (',
                    concat_ws(', ',
                        'broker ' || broker,
                        'accuser ' || accuser,
                        'accused ' || accused,
                        'by ' || called_by
                    ),
                    ')'
                ),
                ' ()'
            )
        ) as summary,
        {{ evidence_columns() }},
        source_path,
        extractor_version

    from ceasefire_mentions

),

diplomacy as (

    select
        'diplomacy' as family,
        mention_id,
        article_id,
        event_date,
        date_inferred,
        -- e.g. "USA -> UKR call (041)"
        concat(actor, ' -> ', counterpart, ' ', mode, ' (', cameo, ')') as summary,
        {{ evidence_columns() }},
        source_path,
        extractor_version

    from diplomacy_mentions

),

unioned as (

    select * from casualties
    union all
    select * from ceasefire
    union all
    select * from diplomacy

),

{% if incremental %}
already_loaded as (

    -- articles whose mentions by this extractor version are in the table already
    select distinct article_id, extractor_version from {{ this }}

),
{% endif %}

final as (

    select
        unioned.*,
        cast('{{ run_started_at }}' as timestamptz) as loaded_at

    from unioned
    {% if incremental %}
    anti join already_loaded
        on unioned.article_id = already_loaded.article_id
        and unioned.extractor_version = already_loaded.extractor_version
    {% endif %}

)

select * from final
