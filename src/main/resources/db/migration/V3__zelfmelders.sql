-- The application's own record of each zelfmelder case. No bsn: it stays in the process variables.
create table zelfmelder_casus (
    zelfmelder_id       varchar(64) not null primary key,
    process_instance_id varchar(64) not null,
    gemeente_code       varchar(16) not null,
    oproepdatum         date        not null,
    geregistreerd_op    timestamp   not null,
    gemeld_op           timestamp,
    detentie_id         varchar(64)
);

create table zelfmelder_weekoverschrijding (
    zelfmelder_id    varchar(64) not null,
    stap             varchar(32) not null,
    deadline         timestamp   not null,
    geregistreerd_op timestamp   not null,
    primary key (zelfmelder_id, stap)
);
