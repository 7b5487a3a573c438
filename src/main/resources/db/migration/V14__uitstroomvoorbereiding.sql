-- Issue 21: was the handover started, and were the leefgebieden arranged, before the person left?
alter table rapportage_casus add column overdracht_gestart_op date;
alter table rapportage_actie add column afgehandeld_op date;
