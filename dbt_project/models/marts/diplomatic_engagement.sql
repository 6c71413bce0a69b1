-- One row per diplomatic engagement: the same call or meeting reported by several articles, or
-- from both ends, is one engagement.
--
-- Incremental by day (see macros/incremental_days.sql): a run rebuilds only the days whose mentions
-- changed.

{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='engagement_date',
        on_schema_change='append_new_columns',
        post_hook=delete_days_without_mentions('int_diplomacy_mentions', 'engagement_date'),
    )
}}

with

mentions as (

    select * from {{ ref('int_diplomacy_mentions') }}

),

day_fingerprints as (

    {{ day_fingerprints('mentions') }}

),

days_to_build as (

    {{ days_to_build('day_fingerprints', 'engagement_date') }}

),

flagged as (

    -- calls and meetings have no direction, so their pair is stored sorted;
    -- appeals and mediation offers keep who appeals or offers as the actor
    select
        *,
        mode in ('call', 'meeting') and actor > counterpart as is_swapped

    from mentions
    semi join days_to_build using (event_date)

),

oriented as (

    select
        mention_id,
        article_id,
        event_date as engagement_date,
        mode,
        cameo,
        date_inferred,
        published_date,
        ingested_at,
        evidence_start,
        actor as mentioned_actor,
        case when is_swapped then counterpart else actor end as actor,
        case when is_swapped then actor else counterpart end as counterpart,
        -- the persons follow their side
        case when is_swapped then counterpart_person else actor_person end as actor_person,
        case when is_swapped then actor_person else counterpart_person end as counterpart_person

    from flagged

),

ordered as (

    select
        *,
        row_number() over (
            partition by engagement_date, actor, counterpart, mode
            order by published_date, ingested_at, article_id, evidence_start
        ) as mention_order

    from oriented

),

ranked_cameos as (

    select
        engagement_date,
        actor,
        counterpart,
        mode,
        cameo,
        row_number() over (
            partition by engagement_date, actor, counterpart, mode
            order by count(*) desc, cameo
        ) as cameo_rank

    from oriented
    group by engagement_date, actor, counterpart, mode, cameo

),

engagements as (

    select
        engagement_date,
        actor,
        counterpart,
        mode,
        -- who moved first: the actor named by the earliest mention
        max(case when mention_order = 1 then mentioned_actor end) as initiator,
        string_agg(distinct actor_person, '; ' order by actor_person) as actor_persons,
        string_agg(distinct counterpart_person, '; ' order by counterpart_person) as counterpart_persons,
        count(*) as mentions,
        count(distinct article_id) as articles,
        list_sort(list(distinct article_id)) as article_ids,
        bool_and(date_inferred) as date_inferred

    from ordered
    group by engagement_date, actor, counterpart, mode

),

final as (

    select
        md5(concat_ws('|',
            cast(engagements.engagement_date as varchar),
            engagements.actor,
            engagements.counterpart,
            engagements.mode
        )) as engagement_id,
        engagements.engagement_date,
        engagements.actor,
        engagements.counterpart,
        engagements.mode,
        engagements.initiator,
        engagements.actor_persons,
        engagements.counterpart_persons,
        ranked_cameos.cameo,
        engagements.mentions,
        engagements.articles,
        engagements.article_ids,
        engagements.date_inferred,
        days_to_build.source_fingerprint,
        cast('{{ run_started_at }}' as timestamptz) as loaded_at

    from engagements
    inner join days_to_build
        on engagements.engagement_date = days_to_build.event_date
    inner join ranked_cameos
        on engagements.engagement_date = ranked_cameos.engagement_date
        and engagements.actor = ranked_cameos.actor
        and engagements.counterpart = ranked_cameos.counterpart
        and engagements.mode = ranked_cameos.mode
        and ranked_cameos.cameo_rank = 1

)

select * from final
