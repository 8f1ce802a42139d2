package org.opendoor.notify.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The front door a referral was last routed to (an authority, a hub or the partnerships): scopes the API. */
@Entity
@Table(name = "referral_authority")
class ReferralAuthority extends PanacheEntityBase {
    @Id
    private UUID referralId;
    private String localAuthority;

    protected ReferralAuthority() {
    }

    ReferralAuthority(UUID referralId, String localAuthority) {
        this.referralId = referralId;
        this.localAuthority = localAuthority;
    }

    void routeTo(String frontDoor) {
        localAuthority = frontDoor;
    }

    String localAuthority() {
        return localAuthority;
    }
}
