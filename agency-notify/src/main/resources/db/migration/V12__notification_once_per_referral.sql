-- A purpose and recipient is planned once per referral, whatever the event: triage publishes ReferralTriaged again,
-- under a new event id, when a hub case's authority or a possible match is confirmed, and the unchanged notices must
-- not go out a second time. (The per-event uniqueness of V10 stays.) DELIVERY_FAILED alerts are left out: each is
-- about one failed notification, and many may go to the same duty manager.
--
-- "regarding" is what a notice is about beyond its referral, where one referral may need several: the receiving
-- authority of a transferred case (a second transfer elsewhere is a new call to make). Empty otherwise.
ALTER TABLE notification ADD COLUMN regarding TEXT NOT NULL DEFAULT '';

-- Repeats stored before this rule are kept as the record of what was sent, marked with the notification they
-- repeat (the one sent, else the earliest), so the rule can hold from now on. A repeat not yet sent never will be.
ALTER TABLE notification ADD COLUMN repeat_of UUID;
WITH ranked AS (
    SELECT id, status, first_value(id) OVER (PARTITION BY referral_id, purpose, recipient
        ORDER BY CASE status WHEN 'SENT' THEN 0 WHEN 'PENDING' THEN 1 ELSE 2 END, created_at, id) AS kept
    FROM notification WHERE purpose <> 'DELIVERY_FAILED')
UPDATE notification n SET repeat_of = r.kept,
    status = CASE WHEN n.status = 'PENDING' THEN 'FAILED' ELSE n.status END,
    last_error = CASE WHEN n.status = 'PENDING' THEN 'not sent: repeats notification ' || r.kept
        ELSE n.last_error END
FROM ranked r WHERE n.id = r.id AND r.id <> r.kept;

CREATE UNIQUE INDEX notification_once_per_referral ON notification (referral_id, purpose, recipient, regarding)
    WHERE purpose <> 'DELIVERY_FAILED' AND repeat_of IS NULL;
