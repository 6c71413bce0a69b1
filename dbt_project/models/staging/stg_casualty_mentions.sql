with

source as (

    select * from {{ source('raw', 'casualty_mentions') }}

),

renamed as (

    select
        mention_id,
        article_id,
        extractor_version,

        trim(side) as side,
        lower(trim(victims)) as victims,
        lower(trim(outcome)) as outcome,
        count as reported_count,
        count_high as reported_count_high,
        lower(trim(qualifier)) as qualifier,
        lower(trim(scope)) as scope,
        nullif(trim(claimed_by), '') as claimed_by,

        event_date,
        date_inferred,

        {{ evidence_columns() }}

    from source

)

select * from renamed
