-- The child's name search keys on each case (table case_name_keys, see src/modules/cases/tables.ts), kept by
-- the database in the same transaction as every write that changes them, whatever the write path: a case
-- registered, its child changed (a merge or its undo moves cases), its district or region changed, a person's
-- name keys changed (a name corrected). Four keys a case: sk: surname key, gk: given-name key, sc: surname code,
-- gc: given-name code (domain searchKeys).
CREATE FUNCTION case_name_keys_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_name_keys WHERE case_id = NEW.id;
  INSERT INTO case_name_keys (case_id, district_code, region_code, key)
    SELECT NEW.id, NEW.district_code, NEW.region_code, k.key
    FROM persons p,
      LATERAL (VALUES ('sk:' || p.surname_key), ('gk:' || p.given_name_key),
                      ('sc:' || p.surname_code), ('gc:' || p.given_name_code)) AS k(key)
    WHERE p.id = NEW.child_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_name_keys_insert AFTER INSERT ON cases
  FOR EACH ROW EXECUTE FUNCTION case_name_keys_of_case();
--> statement-breakpoint
CREATE TRIGGER cases_name_keys_update AFTER UPDATE OF child_id, district_code, region_code ON cases
  FOR EACH ROW
  WHEN (OLD.child_id IS DISTINCT FROM NEW.child_id
        OR OLD.district_code IS DISTINCT FROM NEW.district_code
        OR OLD.region_code IS DISTINCT FROM NEW.region_code)
  EXECUTE FUNCTION case_name_keys_of_case();
--> statement-breakpoint
CREATE FUNCTION case_name_keys_of_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_name_keys WHERE case_id IN (SELECT id FROM cases WHERE child_id = NEW.id);
  INSERT INTO case_name_keys (case_id, district_code, region_code, key)
    SELECT c.id, c.district_code, c.region_code, k.key
    FROM cases c,
      LATERAL (VALUES ('sk:' || NEW.surname_key), ('gk:' || NEW.given_name_key),
                      ('sc:' || NEW.surname_code), ('gc:' || NEW.given_name_code)) AS k(key)
    WHERE c.child_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER persons_name_keys_update
  AFTER UPDATE OF surname_key, given_name_key, surname_code, given_name_code ON persons
  FOR EACH ROW
  WHEN (OLD.surname_key IS DISTINCT FROM NEW.surname_key
        OR OLD.given_name_key IS DISTINCT FROM NEW.given_name_key
        OR OLD.surname_code IS DISTINCT FROM NEW.surname_code
        OR OLD.given_name_code IS DISTINCT FROM NEW.given_name_code)
  EXECUTE FUNCTION case_name_keys_of_person();
--> statement-breakpoint
-- The cases already registered (300,000 cases, 1.2 million keys on the bench data set).
INSERT INTO case_name_keys (case_id, district_code, region_code, key)
  SELECT c.id, c.district_code, c.region_code, k.key
  FROM cases c
    JOIN persons p ON p.id = c.child_id,
    LATERAL (VALUES ('sk:' || p.surname_key), ('gk:' || p.given_name_key),
                    ('sc:' || p.surname_code), ('gc:' || p.given_name_code)) AS k(key);
--> statement-breakpoint
ANALYZE case_name_keys;
