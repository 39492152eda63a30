-- Schema 4 (SQLite): the indexes that find a window's pull requests and reviews also hold every column the analysis
-- reads from them (the primary key rides along in a WITHOUT ROWID table's index), so reading a window never looks
-- rows up one by one. PostgreSQL keeps its indexes: it reads a window's rows from the table in bulk.
DROP INDEX reviews_by_submission;
CREATE INDEX reviews_by_submission ON reviews (submitted_unix, reviewer_login);
DROP INDEX pull_requests_by_creation;
CREATE INDEX pull_requests_by_creation ON pull_requests (created_unix, author_login, author_is_bot);
