-- Dated people snapshots: each people row keeps the effective_date of its snapshot (NULL for a file without one),
-- so a workspace holds every snapshot imported and the analysis picks the one in force on each day.
ALTER TABLE people ADD COLUMN effective_date date;
