-- Issue 21: a warning before every deadline, and deadlines for steps 1c, 1e and 1f.

-- One warning per case and termijn: the group that must act was told through this mailbox that the deadline is near.
create table termijnwaarschuwing (
    detentie_id     varchar(64)  not null,
    termijn         varchar(32)  not null,
    deadline        timestamp    not null,
    gewaarschuwd_op timestamp    not null,
    groep           varchar(128) not null,
    mailbox         varchar(256) not null,
    primary key (detentie_id, termijn)
);

-- The termijnen report: the new termijnen as the memo's three (deadline, first completion, days to completion), and
-- per termijn the day its warning went out. Cases from before this version have no deadlines for 1c, 1e and 1f and
-- do not count for them.
alter table rapportage_casus add column bekendheid_deadline date;
alter table rapportage_casus add column contact_deadline date;
alter table rapportage_casus add column afstemmen_deadline date;
alter table rapportage_casus add column bekendheid_afgerond_op date;
alter table rapportage_casus add column contact_afgerond_op date;
alter table rapportage_casus add column afstemmen_afgerond_op date;
alter table rapportage_casus add column bekendheid_dagen integer;
alter table rapportage_casus add column contact_dagen integer;
alter table rapportage_casus add column afstemmen_dagen integer;
alter table rapportage_casus add column bekendheid_gewaarschuwd_op date;
alter table rapportage_casus add column contact_gewaarschuwd_op date;
alter table rapportage_casus add column afstemmen_gewaarschuwd_op date;
alter table rapportage_casus add column intake_gewaarschuwd_op date;
alter table rapportage_casus add column informatieblad_gewaarschuwd_op date;
alter table rapportage_casus add column plan_gewaarschuwd_op date;
