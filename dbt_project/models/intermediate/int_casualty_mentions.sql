-- Casualty claims of current articles, each with a resolved event date and its article's context.

with

mentions as (

    select * from {{ ref('stg_casualty_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

dated as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.extractor_version,

        mentions.side,
        mentions.victims,
        mentions.outcome,
        mentions.reported_count,
        mentions.reported_count_high,
        mentions.qualifier,
        mentions.scope,
        mentions.claimed_by,

{{ article_context_columns() }}

        {{ evidence_columns('mentions') }}

    from mentions
    -- the inner join drops mentions of retired articles
    inner join articles on mentions.article_id = articles.article_id

)

select * from dated
