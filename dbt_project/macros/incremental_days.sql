{#
    Marts that grow with the corpus and are built a day at a time (every row belongs to one day).
    Each row keeps `source_fingerprint`, a hash of the mentions its day was built from (their ids and
    extractor versions). An incremental run rebuilds only the days whose fingerprint changed (new,
    re-extracted or retired articles: `delete+insert` on the day) and drops the days left without
    mentions, so the table always equals a full build.
#}

{% macro day_fingerprints(mentions) -%}
    select
        event_date,
        hash(count(*), bit_xor(hash(mention_id, extractor_version))) as source_fingerprint

    from {{ mentions }}
    group by event_date
{%- endmacro %}


{% macro built_by_day() -%}
    {#- incremental, on a table that already keeps fingerprints (one built before them is rebuilt whole) -#}
    {%- set built = load_relation(this) if this is not none and is_incremental() else none -%}
    {{ return(built is not none
        and 'source_fingerprint' in (adapter.get_columns_in_relation(built) | map(attribute='name') | list)) }}
{%- endmacro %}


{% macro days_to_build(fingerprints, day_column) -%}
    select * from {{ fingerprints }}
    {% if built_by_day() -%}
    -- days whose mentions changed since they were built
    anti join (
        select distinct {{ day_column }} as event_date, source_fingerprint from {{ this }}
    ) as built
        using (event_date, source_fingerprint)
    {%- endif %}
{%- endmacro %}


{% macro delete_days_without_mentions(mentions_model, day_column, mention_filter='true') -%}
    {#- the post-hook's SQL, rendered when the hook runs: drop the days no mention holds any more -#}
    {{ return(
        "delete from {{ this }} where " ~ day_column ~ " not in ("
        ~ "select event_date from {{ ref('" ~ mentions_model ~ "') }} where " ~ mention_filter ~ ")"
    ) }}
{%- endmacro %}
