-- Schema 2 (PostgreSQL): a calendar file's events are stored with the file, as compact encoded data (their times,
-- rules, revisions, status, transparency and people, keyed by line, UID and RECURRENCE-ID), not as content lines in a
-- row each, so an analysis reads them without parsing text. Still no title, description, location or comment.
-- The upgrade step that follows this script encodes the events of schema 1 and drops calendar_events.
ALTER TABLE calendar_files ADD COLUMN events bytea NOT NULL DEFAULT ''::bytea;
