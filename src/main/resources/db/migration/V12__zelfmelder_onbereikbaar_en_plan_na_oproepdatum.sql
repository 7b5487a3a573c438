-- Issue 21: a zelfmelder the gemeente could not reach in all its attempts, and a plan van aanpak that was not ready
-- when the oproepdatum came (recorded as zelfmelder_weekoverschrijding with stap 'oproepdatum', counted here).
alter table zelfmelder_casus add column onbereikbaar_op timestamp;
alter table rapportage_zelfmelder add column plan_niet_voor_oproepdatum boolean not null default false;
