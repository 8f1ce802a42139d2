-- The CIN census primary need code (N00101) recorded with the duty decision: defaulted from the suggestion, changeable,
-- absent only for an NFA decision with no suggestion. Decisions made before this change have none.
ALTER TABLE case_decision ADD COLUMN primary_need_code TEXT;

-- A stable LA child id for the census (LAchildID): a number the database hands out once per child of the index and
-- never again (an identity column; existing children are numbered when this runs).
ALTER TABLE child ADD COLUMN la_child_number BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE child ADD CONSTRAINT child_la_child_number UNIQUE (la_child_number);
