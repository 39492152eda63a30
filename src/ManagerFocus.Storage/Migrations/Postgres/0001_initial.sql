-- Schema 1 of a ManagerFocus workspace (PostgreSQL). Period-free activity records keyed by their source.
-- Privacy: no column holds a title, description, location, commit message or code; the records carry none.

-- Every imported input: one row per file or repository (kind + full path), replaced or extended by imports.
CREATE TABLE sources (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text    NOT NULL,
    key          text    NOT NULL,
    content_hash text,
    tips         text,
    imported_at  timestamptz NOT NULL,
    records      integer NOT NULL,
    UNIQUE (kind, key)
);

-- Raw commit authors, interned so a commit stores one integer.
CREATE TABLE identities (
    id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    name  text NOT NULL,
    UNIQUE (email, name)
);

CREATE TABLE commits (
    source_id   bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    hash        bytea   NOT NULL,
    identity_id integer NOT NULL REFERENCES identities (id),
    author_unix bigint  NOT NULL,
    PRIMARY KEY (source_id, hash)
);
CREATE INDEX commits_by_time ON commits (author_unix);
-- Serves the latest commit of every author (the default period) without reading the table.
CREATE INDEX commits_by_identity ON commits (identity_id, author_unix);

CREATE TABLE pull_requests (
    source_id     bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    repository    text    NOT NULL,
    number        integer NOT NULL,
    author_login  text,
    author_is_bot boolean NOT NULL,
    created_unix  bigint,
    PRIMARY KEY (source_id, repository, number)
);
CREATE INDEX pull_requests_by_creation ON pull_requests (created_unix);
-- Reviews find their pull request in any export file: pull requests and reviews are usually exported apart.
CREATE INDEX pull_requests_by_number ON pull_requests (repository, number);

CREATE TABLE reviews (
    source_id      bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    repository     text    NOT NULL,
    pull_request   integer NOT NULL,
    review_id      bigint  NOT NULL,
    reviewer_login text    NOT NULL,
    submitted_unix bigint  NOT NULL,
    PRIMARY KEY (source_id, repository, pull_request, review_id)
);
CREATE INDEX reviews_by_submission ON reviews (submitted_unix);

-- A calendar file's VTIMEZONE lines and X-WR-TIMEZONE.
CREATE TABLE calendar_files (
    source_id    bigint  PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    zones        text NOT NULL,
    default_zone text
);

-- Event text is the time-and-people content lines only (see CalendarEventText).
CREATE TABLE calendar_events (
    source_id     bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line          integer NOT NULL,
    uid           text,
    recurrence_id text,
    text          text    NOT NULL,
    PRIMARY KEY (source_id, line)
);

-- job_title is a person's role in the org chart, not a calendar or commit title.
CREATE TABLE people (
    source_id  bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    line       integer NOT NULL,
    person_id  text,
    name       text,
    email      text,
    manager_id text,
    job_title  text,
    team       text,
    level      text,
    track      text,
    aliases    text    NOT NULL,
    start_date date,
    end_date   date,
    time_zone  text,
    PRIMARY KEY (source_id, ordinal)
);

CREATE TABLE survey_answers (
    source_id bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   integer NOT NULL,
    line      integer NOT NULL,
    person_id text    NOT NULL,
    day       date    NOT NULL,
    score     integer NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);

CREATE TABLE exits (
    source_id bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   integer NOT NULL,
    line      integer NOT NULL,
    person_id text    NOT NULL,
    day       date    NOT NULL,
    voluntary boolean NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);

-- Import warnings of a source; origin is the warning's own source text. Importers never quote private text here.
CREATE TABLE source_warnings (
    source_id bigint  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   integer NOT NULL,
    origin    text    NOT NULL,
    location  text    NOT NULL,
    message   text    NOT NULL,
    PRIMARY KEY (source_id, ordinal)
);
