-- Historical ceasefire events (background well before the article's news), one row per mention,
-- kept apart so they never colour the current status.

with

mentions as (

    select * from {{ ref('int_ceasefire_mentions') }}

),

final as (

    select
        mention_id,
        article_id,
        dyad,
        event,
        broker,
        accuser,
        accused,
        called_by,
        event_date,
        date_inferred

    from mentions
    where is_historical

)

select * from final
