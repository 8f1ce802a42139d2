-- A referral whose CIN source-of-referral code could not be derived is stored with code 10 and this flag, never
-- refused; duty staff correct the code on the case, and the correction comes back here (SourceCodeCorrected).
ALTER TABLE referral ADD COLUMN source_code_needs_review BOOLEAN NOT NULL DEFAULT false;
