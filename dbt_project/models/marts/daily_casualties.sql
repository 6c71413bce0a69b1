-- Killed and wounded per day, side and kind of victim, reconciled across articles.
--
-- Incremental by day (see macros/incremental_days.sql): a run rebuilds only the days whose incident
-- claims changed.

{#- cumulative totals never count towards a day, and vague claims carry no number -#}
{%- set incident_claim = "scope = 'incident' and reported_count is not null" -%}

{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='event_date',
        on_schema_change='append_new_columns',
        post_hook=delete_days_without_mentions('int_casualty_mentions', 'event_date', incident_claim),
    )
}}

with

mentions as (

    select * from {{ ref('int_casualty_mentions') }}

),

incident_claims as (

    select * from mentions
    where {{ incident_claim }}

),

day_fingerprints as (

    {{ day_fingerprints('incident_claims') }}

),

days_to_build as (

    {{ days_to_build('day_fingerprints', 'event_date') }}

),

claims_to_build as (

    select * from incident_claims
    semi join days_to_build using (event_date)

),

article_figures as (

    -- within one article the figure for a day, side, kind of victim and outcome is the largest
    -- it states (the same claim repeated in title and body is one claim)
    select
        event_date,
        side,
        victims,
        outcome,
        article_id,
        published_date,
        ingested_at,
        max(reported_count) as figure,
        -- the upper end of a range widens the high estimate
        max(greatest(reported_count, reported_count_high)) as figure_high

    from claims_to_build
    group by event_date, side, victims, outcome, article_id, published_date, ingested_at

),

ranked_figures as (

    -- the most recently published article has the latest word on a toll
    select
        *,
        row_number() over (
            partition by event_date, side, victims, outcome
            order by published_date desc, ingested_at desc, article_id desc
        ) as recency_rank

    from article_figures

),

outcome_figures as (

    select
        event_date,
        side,
        victims,
        outcome,
        max(case when recency_rank = 1 then figure end) as best_estimate,
        min(figure) as low,
        max(figure_high) as high

    from ranked_figures
    group by event_date, side, victims, outcome

),

support as (

    select
        event_date,
        side,
        victims,
        count(distinct article_id) as articles,
        list_sort(list(distinct article_id)) as article_ids,
        string_agg(distinct claimed_by, ',' order by claimed_by) as claimants

    from claims_to_build
    group by event_date, side, victims

),

pivoted as (

    -- an outcome nobody reported stays null, not 0
    select
        event_date,
        side,
        victims,
        max(case when outcome = 'killed' then best_estimate end) as killed,
        max(case when outcome = 'wounded' then best_estimate end) as wounded,
        max(case when outcome = 'killed' then low end) as killed_low,
        max(case when outcome = 'killed' then high end) as killed_high,
        max(case when outcome = 'wounded' then low end) as wounded_low,
        max(case when outcome = 'wounded' then high end) as wounded_high

    from outcome_figures
    group by event_date, side, victims

),

final as (

    select
        pivoted.*,
        support.articles,
        support.article_ids,
        support.claimants,
        days_to_build.source_fingerprint,
        cast('{{ run_started_at }}' as timestamptz) as loaded_at

    from pivoted
    inner join support
        on pivoted.event_date = support.event_date
        and pivoted.side = support.side
        and pivoted.victims = support.victims
    inner join days_to_build
        on pivoted.event_date = days_to_build.event_date

)

select * from final
