-- Every mention of every event family with the sentence it was read from, so that any number in
-- the marts can be traced back to its evidence.

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
        source_path

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
        source_path

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
        source_path

    from diplomacy_mentions

),

unioned as (

    select * from casualties
    union all
    select * from ceasefire
    union all
    select * from diplomacy

)

select * from unioned
