-- The state of each ceasefire per pair of belligerents and day, from current (non-historical) events.
--
-- Incremental by day (see macros/incremental_days.sql): a run rebuilds only the days whose current
-- events changed.

{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='status_date',
        on_schema_change='append_new_columns',
        post_hook=delete_days_without_mentions('int_ceasefire_mentions', 'status_date', 'not is_historical'),
    )
}}

with

mentions as (

    select * from {{ ref('int_ceasefire_mentions') }}

),

current_mentions as (

    select * from mentions
    where not is_historical

),

day_fingerprints as (

    {{ day_fingerprints('current_mentions') }}

),

days_to_build as (

    {{ days_to_build('day_fingerprints', 'status_date') }}

),

current_events as (

    select
        *,
        case event
            when 'rejected' then 4
            when 'violated' then 3
            when 'declared' then 2
            when 'called_for' then 1
        end as severity

    from current_mentions
    semi join days_to_build using (event_date)

),

daily as (

    select
        dyad,
        event_date as status_date,
        max(severity) as severity,
        bool_or(event = 'declared') as declared,
        string_agg(distinct broker, ',' order by broker) as broker,
        string_agg(distinct accuser, ',' order by accuser) filter (where event = 'violated') as accusers,
        string_agg(distinct accused, ',' order by accused) filter (where event = 'violated') as accused,
        -- one claim per article and (accuser, accused): repeats inside an article count once
        count(distinct {'article_id': article_id, 'accuser': accuser, 'accused': accused})
            filter (where event = 'violated') as violation_claims,
        string_agg(distinct called_by, ',' order by called_by) filter (where event = 'called_for') as called_for_by,
        string_agg(distinct called_by, ',' order by called_by) filter (where event = 'rejected') as rejected_by,
        count(*) as mentions,
        count(distinct article_id) as articles,
        list_sort(list(distinct article_id)) as article_ids

    from current_events
    group by dyad, event_date

),

final as (

    select
        dyad,
        status_date,
        case severity
            when 4 then 'collapsed'
            when 3 then 'violated'
            when 2 then 'declared'
            when 1 then 'called_for'
        end as status,
        declared,
        broker,
        accusers,
        accused,
        violation_claims,
        called_for_by,
        rejected_by,
        mentions,
        articles,
        article_ids,
        days_to_build.source_fingerprint,
        cast('{{ run_started_at }}' as timestamptz) as loaded_at

    from daily
    inner join days_to_build
        on daily.status_date = days_to_build.event_date

)

select * from final
