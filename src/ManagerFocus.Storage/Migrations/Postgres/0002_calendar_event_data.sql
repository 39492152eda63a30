-- Schema 2 (PostgreSQL): a calendar event is stored as compact encoded data (its times, rules, revisions, status,
-- transparency and people) instead of content lines, so an analysis reads it without parsing text. Still no title,
-- description, location or comment: the data holds none.
-- The events of schema 1 wait in calendar_events_1 until the upgrade step that follows this script encodes them.
CREATE TABLE calendar_events_1 AS SELECT source_id, line, uid, recurrence_id, text FROM calendar_events;
CREATE INDEX calendar_events_1_by_file ON calendar_events_1 (source_id, line);
DROP TABLE calendar_events;
CREATE TABLE calendar_events (
    source_id     bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line          integer NOT NULL,
    uid           text,
    recurrence_id text,
    data          bytea   NOT NULL,
    PRIMARY KEY (source_id, line)
);
