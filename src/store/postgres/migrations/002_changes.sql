-- Every insert and update of a record takes the next number, so an instance can read what the
-- others changed since it last looked (subscriptions made through another instance).
CREATE SEQUENCE mujaz_records_changes;
ALTER TABLE mujaz_records ADD COLUMN changed bigint NOT NULL DEFAULT nextval('mujaz_records_changes');
CREATE INDEX mujaz_records_changed ON mujaz_records (section, changed);
