package org.opendoor.intake.police;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The DASH level is not lower than the score implies, and the score agrees with the answers when both are
 * given. Violations name the field at fault.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentDash.Validator.class)
public @interface ConsistentDash {
    String message() default "DASH level, score and answers disagree";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentDash, DashAssessment> {
        private final DashRiskLevels levels;

        public Validator() {
            this(jakarta.enterprise.inject.spi.CDI.current().select(DashRiskLevels.class).get());
        }

        Validator(DashRiskLevels levels) {
            this.levels = levels;
        }

        @Override
        public boolean isValid(DashAssessment dash, ConstraintValidatorContext context) {
            if (dash == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (dash.dashAnswers() != null) {
                for (String question : dash.dashAnswers().keySet()) {
                    if (!DashRisk.isQuestion(question)) {
                        context.buildConstraintViolationWithTemplate("has question '" + question.replaceAll("[^0-9A-Za-z]", "?")
                                + "'; DASH questions are numbered 1 to " + DashRisk.QUESTIONS)
                                .addPropertyNode("dashAnswers").addConstraintViolation();
                        valid = false;
                    }
                }
            }
            if (dash.dashScore() == null) {
                return valid;
            }
            int score = dash.dashScore();
            if (dash.dashRiskLevel() != null && levels.lowerThanScoreAllows(dash.dashRiskLevel(), score)) {
                context.buildConstraintViolationWithTemplate("is lower than a DASH score of " + score + " allows ("
                        + levels.impliedBy(score) + "); judgement may raise the level, never lower it")
                        .addPropertyNode("dashRiskLevel").addConstraintViolation();
                valid = false;
            }
            if (dash.dashAnswers() != null && !dash.dashAnswers().isEmpty()
                    && DashRisk.yesAnswers(dash.dashAnswers()) != score) {
                context.buildConstraintViolationWithTemplate("does not match the " + DashRisk.yesAnswers(dash.dashAnswers())
                        + " YES answers in dashAnswers").addPropertyNode("dashScore").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
