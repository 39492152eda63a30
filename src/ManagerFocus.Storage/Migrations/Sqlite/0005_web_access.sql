-- The web dashboard's access records (SQLite): bearer tokens and one-time sign-in links, stored as SHA-256 hashes only,
-- and the audit log of who viewed whose figures (about: the person viewed, or "organization"). Nothing here names a calendar event or a commit.

CREATE TABLE web_tokens (
    id          INTEGER PRIMARY KEY,
    hash        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    person_id   TEXT,
    is_admin    INTEGER NOT NULL,
    label       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT,
    used_at     TEXT,
    revoked_at  TEXT
);

CREATE TABLE web_audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    viewer  TEXT NOT NULL,
    about   TEXT NOT NULL,
    action  TEXT NOT NULL,
    period  TEXT NOT NULL
);
CREATE INDEX web_audit_by_person ON web_audit (about, at);
