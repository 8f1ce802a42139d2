-- Which request a record came from (the X-Request-Id the caller sent, or one OpenDoor made, as answered in the
-- response's X-Request-Id) and the client's address as Quarkus resolved it (quarkus.http.proxy.* decides whether
-- a forwarded address is trusted). Both are null for records written outside an HTTP request.
ALTER TABLE audit_record ADD COLUMN request_id TEXT, ADD COLUMN client_address TEXT;
-- The auditor API filters by person, case and time.
CREATE INDEX audit_record_actor ON audit_record (actor, id);
CREATE INDEX audit_record_at ON audit_record (at);
