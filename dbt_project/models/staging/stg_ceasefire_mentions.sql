with

source as (

    select * from {{ source('raw', 'ceasefire_mentions') }}

),

renamed as (

    select
        mention_id,
        article_id,
        extractor_version,

        lower(trim(event)) as event,
        list_sort(parties) as parties,
        nullif(trim(accuser), '') as accuser,
        nullif(trim(accused), '') as accused,
        nullif(trim(broker), '') as broker,
        nullif(trim(called_by), '') as called_by,
        historical as is_historical,

        event_date,
        date_inferred,

        {{ evidence_columns() }}

    from source

)

select * from renamed
