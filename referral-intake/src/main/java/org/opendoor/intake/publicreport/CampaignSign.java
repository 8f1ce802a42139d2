package org.opendoor.intake.publicreport;

import org.opendoor.model.Indicator;

/**
 * The signs the public are asked to report, from the "Their door is shut. Ours is open" campaign (Leicester,
 * Leicestershire and Rutland safeguarding partnerships). The public form offers exactly these.
 */
public enum CampaignSign {
    /** Very young children left on their own. */
    YOUNG_CHILD_LEFT_ALONE(Indicator.YOUNG_CHILD_LEFT_ALONE),
    /** Children looking dirty or not changing clothes. */
    CHILD_UNKEMPT(Indicator.CHILD_UNKEMPT),
    /** Children withdrawn or anxious. */
    CHILD_WITHDRAWN_OR_ANXIOUS(Indicator.CHILD_WITHDRAWN_OR_ANXIOUS),
    /** Aggressive or repeated shouting. */
    AGGRESSIVE_SHOUTING(Indicator.AGGRESSIVE_SHOUTING),
    /** Sounds of hitting, banging, things being broken. */
    SOUNDS_OF_VIOLENCE(Indicator.SOUNDS_OF_VIOLENCE),
    /** Children crying for long periods. */
    PROLONGED_CRYING(Indicator.PROLONGED_CRYING),
    /** Relatives denied access to talk to children by phone or video call. */
    RELATIVES_DENIED_CONTACT(Indicator.RELATIVES_DENIED_CONTACT);

    private final Indicator indicator;

    CampaignSign(Indicator indicator) {
        this.indicator = indicator;
    }

    public Indicator indicator() {
        return indicator;
    }
}
