-- References come from one sequence per year instead of the reference_counter row, whose row lock queued every
-- accepting transaction behind the one before it until that one committed. A sequence never waits, at the cost
-- of a gap when a transaction that took a number rolls back. reference_counter is no longer written: it keeps
-- the last reference issued by the counter, so a year's sequence starts after it and no reference is reissued.
CREATE FUNCTION next_reference(for_year INT) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    sequence_name TEXT := 'reference_' || for_year;
BEGIN
    IF to_regclass(quote_ident(sequence_name)) IS NULL THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE %I START WITH %s', sequence_name,
                    COALESCE((SELECT last_issued FROM reference_counter WHERE year = for_year), 0) + 1);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            -- another transaction created it at the same moment (and has committed): use that one
            NULL;
        END;
    END IF;
    RETURN nextval(quote_ident(sequence_name)::regclass);
END
$$;
