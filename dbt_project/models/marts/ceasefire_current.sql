-- Which ceasefires hold today, which are violated or have collapsed, and since when: one row per
-- pair of belligerents, judged on the days since its latest declaration (every day when none).

with

daily as (

    select * from {{ ref('ceasefire_status') }}

),

mentions as (

    select * from {{ ref('int_ceasefire_mentions') }}
    where not is_historical

),

declarations as (

    select
        dyad,
        max(status_date) filter (where declared) as declared_on

    from daily
    group by dyad

),

current_period as (

    -- the latest declaration opens the current period; a dyad never declared has one long period
    select
        daily.*,
        declarations.declared_on

    from daily
    inner join declarations
        on daily.dyad = declarations.dyad
    where declarations.declared_on is null
        or daily.status_date >= declarations.declared_on

),

periods as (

    select
        dyad,
        declared_on,
        max(broker) filter (where status_date = declared_on) as broker,
        min(status_date) filter (where status = 'collapsed') as collapsed_on,
        min(status_date) filter (where status = 'violated') as violated_on,
        min(status_date) filter (where status = 'called_for') as called_for_on,
        cast(sum(violation_claims) as bigint) as violation_claims,
        max(status_date) as last_event_date,
        list_sort(list_distinct(flatten(list(article_ids)))) as article_ids

    from current_period
    group by dyad, declared_on

),

statuses as (

    -- a collapse outweighs violations, and violations outweigh the declaration, whatever their order
    select
        *,
        case
            when collapsed_on is not null then 'collapsed'
            when violated_on is not null then 'violated'
            when declared_on is not null then 'holding'
            else 'called_for'
        end as status,
        coalesce(collapsed_on, violated_on, declared_on, called_for_on) as since_date

    from periods

),

status_evidence as (

    -- the first mention (by publication) of the event that started the current status
    select
        statuses.dyad,
        mentions.evidence_sentence,
        row_number() over (
            partition by statuses.dyad
            order by mentions.published_date, mentions.ingested_at, mentions.article_id, mentions.evidence_start
        ) as evidence_rank

    from statuses
    inner join mentions
        on statuses.dyad = mentions.dyad
        and statuses.since_date = mentions.event_date
        and mentions.event = case statuses.status
            when 'collapsed' then 'rejected'
            when 'holding' then 'declared'
            else statuses.status
        end

),

latest_evidence as (

    select
        dyad,
        evidence_sentence,
        row_number() over (
            partition by dyad
            order by event_date desc, published_date desc, ingested_at desc, article_id desc, evidence_start desc
        ) as evidence_rank

    from mentions

),

final as (

    select
        statuses.dyad,
        statuses.status,
        statuses.since_date,
        statuses.declared_on,
        statuses.broker,
        statuses.violation_claims,
        statuses.last_event_date,
        status_evidence.evidence_sentence as status_evidence,
        latest_evidence.evidence_sentence as last_evidence,
        len(statuses.article_ids) as articles,
        statuses.article_ids

    from statuses
    inner join status_evidence
        on statuses.dyad = status_evidence.dyad
        and status_evidence.evidence_rank = 1
    inner join latest_evidence
        on statuses.dyad = latest_evidence.dyad
        and latest_evidence.evidence_rank = 1

)

select * from final
