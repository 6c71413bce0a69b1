-- Historical ceasefire events (background well before the article's news), one row per mention,
-- kept apart so they never colour the current status.
--
-- Incremental by day (see macros/incremental_days.sql): a run rebuilds only the days whose
-- historical mentions changed.

{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='event_date',
        on_schema_change='append_new_columns',
        post_hook=delete_days_without_mentions('int_ceasefire_mentions', 'event_date', 'is_historical'),
    )
}}

with

mentions as (

    select * from {{ ref('int_ceasefire_mentions') }}

),

historical_mentions as (

    select * from mentions
    where is_historical

),

day_fingerprints as (

    {{ day_fingerprints('historical_mentions') }}

),

days_to_build as (

    {{ days_to_build('day_fingerprints', 'event_date') }}

),

final as (

    select
        historical_mentions.mention_id,
        historical_mentions.article_id,
        historical_mentions.dyad,
        historical_mentions.event,
        historical_mentions.broker,
        historical_mentions.accuser,
        historical_mentions.accused,
        historical_mentions.called_by,
        historical_mentions.event_date,
        historical_mentions.date_inferred,
        days_to_build.source_fingerprint,
        cast('{{ run_started_at }}' as timestamptz) as loaded_at

    from historical_mentions
    inner join days_to_build
        on historical_mentions.event_date = days_to_build.event_date

)

select * from final
