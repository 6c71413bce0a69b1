-- Ceasefire events of current articles, each with its dyad, a resolved event date and its article's context.

with

mentions as (

    select * from {{ ref('stg_ceasefire_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

dated as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.extractor_version,

        mentions.event,
        mentions.parties,
        case
            when len(mentions.parties) = 0 then 'UNK'
            else array_to_string(mentions.parties, '-')
        end as dyad,
        mentions.accuser,
        mentions.accused,
        mentions.broker,
        mentions.called_by,
        mentions.is_historical,

{{ article_context_columns() }}

        {{ evidence_columns('mentions') }}

    from mentions
    -- the inner join drops mentions of retired articles
    inner join articles on mentions.article_id = articles.article_id

)

select * from dated
