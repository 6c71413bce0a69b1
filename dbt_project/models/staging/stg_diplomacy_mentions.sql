with

source as (

    select * from {{ source('raw', 'diplomacy_mentions') }}

),

renamed as (

    select
        mention_id,
        article_id,
        extractor_version,

        trim(actor) as actor,
        trim(counterpart) as counterpart,
        nullif(trim(actor_person), '') as actor_person,
        nullif(trim(counterpart_person), '') as counterpart_person,
        lower(trim(mode)) as mode,
        trim(cameo) as cameo,

        event_date,
        date_inferred,

        {{ evidence_columns() }}

    from source

)

select * from renamed
