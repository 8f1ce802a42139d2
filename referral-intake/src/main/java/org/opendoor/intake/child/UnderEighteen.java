package org.opendoor.intake.child;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import org.opendoor.model.OpenDoorZone;

/** A date of birth of someone who is a child today (under 18, in OpenDoor's calendar), and not in the future. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnderEighteen.Validator.class)
public @interface UnderEighteen {
    String message() default "must be the date of birth of a child under 18, not in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnderEighteen, LocalDate> {
        /** Looked up on first use: validators are made when the application is built, before configuration is read. */
        private volatile ZoneId zone;

        @Override
        public boolean isValid(LocalDate dateOfBirth, ConstraintValidatorContext context) {
            if (dateOfBirth == null) {
                return true;
            }
            LocalDate today = LocalDate.now(zone());
            return !dateOfBirth.isAfter(today) && dateOfBirth.plusYears(18).isAfter(today);
        }

        private ZoneId zone() {
            if (zone == null) {
                zone = CDI.current().select(OpenDoorZone.class).get().zone();
            }
            return zone;
        }
    }
}
