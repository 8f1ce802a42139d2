package org.opendoor.frontend.concern;


/** How a named reporter knows the child; the names are referral-intake's relationshipToChild codes. */
public enum Relationship {
    PARENT("I am their parent"),
    RELATIVE("I am a relative"),
    CARER("I look after them"),
    NEIGHBOUR("I am a neighbour"),
    FRIEND("I am a friend of the family"),
    CHILD_MINDER("I am their child minder"),
    ACQUAINTANCE("I know them in another way"),
    SELF("I am the child"),
    OTHER("Other");

    private final String text;

    Relationship(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
