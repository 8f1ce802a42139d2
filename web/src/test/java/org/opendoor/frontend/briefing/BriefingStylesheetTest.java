package org.opendoor.frontend.briefing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The compiled stylesheet carries the chart's colours and the print rules a briefing sent as a PDF needs. */
@QuarkusTest
class BriefingStylesheetTest {
    @Test
    void printingLeavesOutTheNavigationAndFooterOnA4AndKeepsFiguresWhole() {
        String css = given().get("/assets/opendoor.css").then().statusCode(200).extract().asString();
        String print = css.substring(css.indexOf("@media print{@page"));
        assertThat(print).contains("size:A4", ".govuk-service-navigation", ".govuk-footer", ".govuk-phase-banner",
                ".opendoor-print-hidden", "break-inside:avoid", "print-color-adjust:exact");
        assertThat(css).contains(".opendoor-chart__expected{fill:none;stroke:#505a5f;stroke-width:2;stroke-dasharray:8 5}",
                ".opendoor-chart__value{fill:none;stroke:#1d70b8;stroke-width:3");
    }
}
