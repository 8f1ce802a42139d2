-- A child's census identifiers and characteristics, as the latest referral or a duty worker gave them (DfE codes of
-- shared-model cin/*.csv); null when nobody has said. disabilities holds NONE when the child has none.
ALTER TABLE child
    ADD COLUMN upn          TEXT,
    ADD COLUMN former_upn   TEXT,
    ADD COLUMN sex          TEXT,
    ADD COLUMN ethnicity    TEXT,
    ADD COLUMN disabilities TEXT[];
