-- A CIN census finding names its referral by reference, and the case page of a finding finds the case by it
-- (GET /api/v1/cases/by-reference/{reference}): an index, so the lookup does not scan every case.
CREATE INDEX duty_case_reference ON duty_case (reference);
