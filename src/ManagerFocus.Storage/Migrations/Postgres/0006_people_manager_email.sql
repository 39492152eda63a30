-- A people file may give each person's manager by email (a manager_email column) instead of by id; the email is kept
-- as written and resolved to a person when the organization is built, like manager_id.
ALTER TABLE people ADD COLUMN manager_email text;
