package org.opendoor.frontend.councils;

/** What finding the councils for a postcode came to. */
public sealed interface CouncilLookup {
    /** The postcode is real; {@code answer} names none, one or several councils. */
    record Found(CouncilsAnswer answer) implements CouncilLookup {
    }

    /** triage-service says this is not a postcode. */
    record NotAPostcode() implements CouncilLookup {
    }

    /** The finder could not answer now (down, slow or too busy); the person is told how to report by phone. */
    record Unavailable() implements CouncilLookup {
    }
}
