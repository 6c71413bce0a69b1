with

source as (

    select * from {{ source('raw', 'articles') }}

),

current_articles as (

    select * from source
    -- a newer version of the same file replaced these
    where retired_at is null

),

renamed as (

    select
        article_id,
        published as published_date,
        nullif(trim(title), '') as title,
        body,
        nullif(trim(url), '') as url,
        nullif(trim(source), '') as source_name,
        source_path,
        ingested_at

    from current_articles

)

select * from renamed
