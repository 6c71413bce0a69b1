{#
    Fails for every combination of the given columns that occurs more than once.
    A small stand-in for dbt_utils' test of the same name (no packages can be downloaded here).

        data_tests:
          - unique_combination_of_columns:
              arguments:
                combination_of_columns: [event_date, side, victims]
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

{%- set columns = combination_of_columns | join(', ') %}

with duplicated_keys as (

    select
        {{ columns }},
        count(*) as occurrences
    from {{ model }}
    group by {{ columns }}
    having count(*) > 1

)

select * from duplicated_keys

{% endtest %}
