package org.opendoor.frontend.concern;

import org.opendoor.frontend.form.Choices;

/**
 * The seven signs of the "Their door is shut. Ours is open" campaign (Leicester, Leicestershire and Rutland
 * safeguarding partnerships), in the campaign's words. The names are referral-intake's indicator codes.
 */
public enum Sign {
    YOUNG_CHILD_LEFT_ALONE("Very young children left on their own"),
    CHILD_UNKEMPT("Children looking dirty or not changing their clothes"),
    CHILD_WITHDRAWN_OR_ANXIOUS("Children who seem withdrawn or anxious"),
    AGGRESSIVE_SHOUTING("Aggressive or repeated shouting"),
    SOUNDS_OF_VIOLENCE("Sounds of hitting, banging or things being broken"),
    PROLONGED_CRYING("Children crying for long periods"),
    RELATIVES_DENIED_CONTACT("Relatives not allowed to talk to the children by phone or video call");

    private final String text;

    Sign(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public String inputId() {
        return Choices.inputId("signs", ordinal());
    }
}
