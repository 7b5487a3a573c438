-- A version per calendar month of the reporting tables (issue 9): every transaction that changes figures of a month
-- raises it just before it commits (monitoring/Maandversies), so a report may reuse what it counted for a month
-- before as long as that month's version is unchanged (monitoring/Maandcache), on every node. Eight rows per month,
-- chosen by the case, so two steps of different cases seldom wait for the same row. maand is yyyymm; the rows cover
-- the years a report can ask for (2000-2100); a month without rows is always counted afresh.
create table rapportage_maandversie (
    maand  integer  not null,
    deel   smallint not null,
    versie bigint   default 0 not null,
    primary key (maand, deel)
);

insert into rapportage_maandversie (maand, deel)
with recursive maanden(i) as (select 0 union all select i + 1 from maanden where i < 1211),
               delen(j) as (select 0 union all select j + 1 from delen where j < 7)
select (2000 + i / 12) * 100 + mod(i, 12) + 1, j from maanden cross join delen;
