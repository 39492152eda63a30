-- Schema 1 of a ManagerFocus workspace (SQLite). Period-free activity records keyed by their source.
-- Privacy: no column holds a title, description, location, commit message or code; the records carry none.

-- Every imported input: one row per file or repository (kind + full path), replaced or extended by imports.
CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    content_hash TEXT,
    tips         TEXT,
    imported_at  TEXT    NOT NULL,
    records      INTEGER NOT NULL,
    UNIQUE (kind, key)
);

-- Raw commit authors, interned so a commit stores one integer.
CREATE TABLE identities (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (email, name)
);

CREATE TABLE commits (
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    hash        BLOB    NOT NULL,
    identity_id INTEGER NOT NULL REFERENCES identities (id),
    author_unix INTEGER NOT NULL,
    PRIMARY KEY (source_id, hash)
) WITHOUT ROWID;
-- Covers a window's commits (the primary key rides along in a WITHOUT ROWID table's index).
CREATE INDEX commits_by_time ON commits (author_unix, identity_id);
-- Serves the latest commit of every author (the default period) without reading the table.
CREATE INDEX commits_by_identity ON commits (identity_id, author_unix);

CREATE TABLE pull_requests (
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    repository    TEXT    NOT NULL,
    number        INTEGER NOT NULL,
    author_login  TEXT,
    author_is_bot INTEGER NOT NULL,
    created_unix  INTEGER,
    PRIMARY KEY (source_id, repository, number)
) WITHOUT ROWID;
CREATE INDEX pull_requests_by_creation ON pull_requests (created_unix);
-- Reviews find their pull request in any export file: pull requests and reviews are usually exported apart.
CREATE INDEX pull_requests_by_number ON pull_requests (repository, number);

CREATE TABLE reviews (
    source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    repository     TEXT    NOT NULL,
    pull_request   INTEGER NOT NULL,
    review_id      INTEGER NOT NULL,
    reviewer_login TEXT    NOT NULL,
    submitted_unix INTEGER NOT NULL,
    PRIMARY KEY (source_id, repository, pull_request, review_id)
) WITHOUT ROWID;
CREATE INDEX reviews_by_submission ON reviews (submitted_unix);

-- A calendar file's VTIMEZONE lines and X-WR-TIMEZONE.
CREATE TABLE calendar_files (
    source_id    INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    zones        TEXT NOT NULL,
    default_zone TEXT
);

-- Event text is the time-and-people content lines only (see CalendarEventText).
CREATE TABLE calendar_events (
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line          INTEGER NOT NULL,
    uid           TEXT,
    recurrence_id TEXT,
    text          TEXT    NOT NULL,
    PRIMARY KEY (source_id, line)
);

-- job_title is a person's role in the org chart, not a calendar or commit title.
CREATE TABLE people (
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    person_id  TEXT,
    name       TEXT,
    email      TEXT,
    manager_id TEXT,
    job_title  TEXT,
    team       TEXT,
    level      TEXT,
    track      TEXT,
    aliases    TEXT    NOT NULL,
    start_date TEXT,
    end_date   TEXT,
    time_zone  TEXT,
    PRIMARY KEY (source_id, ordinal)
);

CREATE TABLE survey_answers (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    person_id TEXT    NOT NULL,
    day       TEXT    NOT NULL,
    score     INTEGER NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);

CREATE TABLE exits (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    person_id TEXT    NOT NULL,
    day       TEXT    NOT NULL,
    voluntary INTEGER NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);

-- Import warnings of a source; origin is the warning's own source text. Importers never quote private text here.
CREATE TABLE source_warnings (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    origin    TEXT    NOT NULL,
    location  TEXT    NOT NULL,
    message   TEXT    NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);
