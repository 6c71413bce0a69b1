{#
    Referential integrity for a list column: fails for every article id in the list that is not
    a current article, so every mart row can be traced back to the articles that support it.

        - name: article_ids
          data_tests:
            - all_articles_exist:
                arguments:
                  to: ref('stg_articles')
#}
{% test all_articles_exist(model, column_name, to) %}

with listed as (

    select unnest({{ column_name }}) as article_id
    from {{ model }}

)

select listed.article_id
from listed
left join {{ to }} as articles
    on listed.article_id = articles.article_id
where articles.article_id is null

{% endtest %}
