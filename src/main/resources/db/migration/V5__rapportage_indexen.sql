-- Region scope over several years (a coördinator asking for 2016–2025): with insluitingsdatum leading, the index of
-- V4 narrows nothing when the period covers most of the table, so PostgreSQL read every case of the country to keep
-- one region's. Measured with bench/run rapportages (README, "Rapportages op landelijke schaal").
create index rapportage_casus_regio on rapportage_casus (zvh_regio, insluitingsdatum);
