-- The child-index ids of the case's children, in the referral's order, as triage linked them: ReferralTriaged
-- carries them (pseudonymous), also when the case is triaged again. Cases opened before this change have none.
ALTER TABLE duty_case ADD COLUMN child_ids UUID[] NOT NULL DEFAULT '{}';
