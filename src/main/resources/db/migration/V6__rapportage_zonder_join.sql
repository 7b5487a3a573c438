-- The casuïstiek report counted a period's hulpvragen and acties by joining them to rapportage_casus; at ten years of
-- national volume (700,000 hulpvragen, 470,000 acties) that join was most of its time (bench/run rapportages). Each
-- row now carries its case's insluitingsdatum and scope, written together with it, so the report reads one table.
alter table rapportage_hulpvraag add column insluitingsdatum date;
alter table rapportage_hulpvraag add column zvh_regio varchar(64);
alter table rapportage_hulpvraag add column pi_code varchar(64);
alter table rapportage_hulpvraag add column gemeente_code varchar(16);
alter table rapportage_actie add column insluitingsdatum date;
alter table rapportage_actie add column zvh_regio varchar(64);
alter table rapportage_actie add column pi_code varchar(64);
alter table rapportage_actie add column gemeente_code varchar(16);

update rapportage_hulpvraag set
    insluitingsdatum = (select c.insluitingsdatum from rapportage_casus c where c.detentie_id = rapportage_hulpvraag.detentie_id),
    zvh_regio = (select c.zvh_regio from rapportage_casus c where c.detentie_id = rapportage_hulpvraag.detentie_id),
    pi_code = (select c.pi_code from rapportage_casus c where c.detentie_id = rapportage_hulpvraag.detentie_id),
    gemeente_code = (select c.gemeente_code from rapportage_casus c where c.detentie_id = rapportage_hulpvraag.detentie_id);
update rapportage_actie set
    insluitingsdatum = (select c.insluitingsdatum from rapportage_casus c where c.detentie_id = rapportage_actie.detentie_id),
    zvh_regio = (select c.zvh_regio from rapportage_casus c where c.detentie_id = rapportage_actie.detentie_id),
    pi_code = (select c.pi_code from rapportage_casus c where c.detentie_id = rapportage_actie.detentie_id),
    gemeente_code = (select c.gemeente_code from rapportage_casus c where c.detentie_id = rapportage_actie.detentie_id);

create index rapportage_hulpvraag_periode on rapportage_hulpvraag (insluitingsdatum, zvh_regio);
create index rapportage_actie_periode on rapportage_actie (insluitingsdatum, zvh_regio);
