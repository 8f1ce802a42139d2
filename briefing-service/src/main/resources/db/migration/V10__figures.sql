-- placeholder replaced by the figures schema
SELECT 1;
