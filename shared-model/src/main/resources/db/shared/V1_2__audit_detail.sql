-- What a change was, where an id and an outcome do not say it: a directory change's old and new address, say.
-- Never a child's name, address or the concern's words.
ALTER TABLE audit_record ADD COLUMN detail TEXT;
