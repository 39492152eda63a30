-- The web dashboard's access records (PostgreSQL): bearer tokens and one-time sign-in links, stored as SHA-256 hashes
-- only, and the audit log of who viewed whose figures (about: the person viewed, or "organization"). Nothing here names a calendar event or a commit.

CREATE TABLE web_tokens (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash        text    NOT NULL UNIQUE,
    kind        text    NOT NULL,
    person_id   text,
    is_admin    boolean NOT NULL,
    label       text    NOT NULL,
    created_at  text    NOT NULL,
    expires_at  text,
    used_at     text,
    revoked_at  text
);

CREATE TABLE web_audit (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      text NOT NULL,
    viewer  text NOT NULL,
    about   text NOT NULL,
    action  text NOT NULL,
    period  text NOT NULL
);
CREATE INDEX web_audit_by_person ON web_audit (about, at);
