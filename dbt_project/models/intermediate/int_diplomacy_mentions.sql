-- Diplomatic engagements of current articles, each with a resolved event date and its article's context.

with

mentions as (

    select * from {{ ref('stg_diplomacy_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

dated as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.extractor_version,

        mentions.actor,
        mentions.counterpart,
        mentions.actor_person,
        mentions.counterpart_person,
        mentions.mode,
        mentions.cameo,

{{ article_context_columns() }}

        {{ evidence_columns('mentions') }}

    from mentions
    -- the inner join drops mentions of retired articles
    inner join articles on mentions.article_id = articles.article_id

)

select * from dated
