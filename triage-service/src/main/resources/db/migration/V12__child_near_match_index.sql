-- The near-match search ORs three keys; without an index for "first name, date of birth and postcode" PostgreSQL
-- scanned the whole child index table for every referral (measured 1.4 ms a referral at 40/s, growing with the table).
CREATE INDEX child_first_name_birth ON child (first_name, date_of_birth, postcode);
