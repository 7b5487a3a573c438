-- Reporting tables (issue 7, memo section 4). Written in the same transaction as the process step that changes
-- them, read by the reports in nl.nazorg.monitoring. No bsn and no names: only what the figures need.

-- One row per nazorg case. pi_code is the PI of instroom (Bijlage 1 counts instroom per PI, a transfer does not
-- move it); deadlines and completion are days in Europe/Amsterdam.
create table rapportage_casus (
    detentie_id               varchar(64) not null primary key,
    pi_code                   varchar(64) not null,
    zvh_regio                 varchar(64) not null,
    gemeente_code             varchar(16) not null,
    geslacht                  varchar(1),
    insluitingsdatum          date        not null,
    intake_deadline           date        not null,
    informatieblad_deadline   date        not null,
    plan_deadline             date        not null,
    intake_afgerond_op        date,
    informatieblad_gedeeld_op date,
    plan_vastgesteld_op       date,
    -- calendar days from insluiting to completion, for the median and 90th percentile
    intake_dagen              integer,
    informatieblad_dagen      integer,
    plan_dagen                integer,
    complexiteit              varchar(16),
    uitstroomdatum            date,
    uitstroomgemeente_code    varchar(16),
    uitstroomregio            varchar(64)
);
create index rapportage_casus_insluiting on rapportage_casus (insluitingsdatum, zvh_regio);
create index rapportage_casus_uitstroom on rapportage_casus (uitstroomdatum, uitstroomregio);

-- The leefgebieden with a hulpvraag from the intake (memo 2a).
create table rapportage_hulpvraag (
    detentie_id varchar(64) not null,
    leefgebied  varchar(32) not null,
    primary key (detentie_id, leefgebied)
);

-- The actions of the vastgesteld D&R-plan (memo 3) and whether each was carried out (memo 4a).
create table rapportage_actie (
    detentie_id varchar(64) not null,
    volgnummer  integer     not null,
    leefgebied  varchar(32),
    uitgevoerd  boolean,
    primary key (detentie_id, volgnummer)
);

-- One row per zelfmelder case: the plan before the (possibly postponed) oproepdatum, and uitstel.
create table rapportage_zelfmelder (
    zelfmelder_id       varchar(64) not null primary key,
    gemeente_code       varchar(16) not null,
    zvh_regio           varchar(64) not null,
    oproepdatum         date        not null,
    plan_van_aanpak_op  date,
    uitstel_aangevraagd boolean     not null,
    uitstel_toegekend   boolean     not null
);
create index rapportage_zelfmelder_oproep on rapportage_zelfmelder (oproepdatum, zvh_regio);
