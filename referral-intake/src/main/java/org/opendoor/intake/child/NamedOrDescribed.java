package org.opendoor.intake.child;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The child has a name or a description. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NamedOrDescribed.Validator.class)
public @interface NamedOrDescribed {
    String message() default "needs a name or a description of the child";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NamedOrDescribed, IdentifiableChild> {
        @Override
        public boolean isValid(IdentifiableChild child, ConstraintValidatorContext context) {
            return child == null || child.hasNameOrDescription();
        }
    }
}
