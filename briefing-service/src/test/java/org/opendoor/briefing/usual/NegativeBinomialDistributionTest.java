package org.opendoor.briefing.usual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PascalDistribution;
import org.junit.jupiter.api.Test;

class NegativeBinomialDistributionTest {

    @Test
    void withAWholeSizeItAgreesWithCommonsMathsPascalDistribution() {
        double mean = 200;
        int size = 150;
        NegativeBinomialDistribution ours = new NegativeBinomialDistribution(mean, size);
        PascalDistribution pascal = new PascalDistribution(null, size, size / (size + mean));
        for (int k = 0; k <= 600; k += 7) {
            assertThat(ours.cumulativeProbability(k)).as("P(Y ≤ %d)", k)
                    .isCloseTo(pascal.cumulativeProbability(k), within(1e-10));
            assertThat(ours.probability(k)).as("P(Y = %d)", k).isCloseTo(pascal.probability(k), within(1e-12));
        }
        for (double p : new double[] {0.001, 0.025, 0.5, 0.975, 0.999}) {
            assertThat(ours.inverseCumulativeProbability(p)).as("quantile %s", p)
                    .isEqualTo(pascal.inverseCumulativeProbability(p));
        }
    }

    @Test
    void itSaysExactlyWhatIsWrong() {
        assertThatThrownBy(() -> new NegativeBinomialDistribution(0, 1))
                .hasMessage("mean must be a finite number above 0, was 0.0");
        assertThatThrownBy(() -> new NegativeBinomialDistribution(1, Double.POSITIVE_INFINITY))
                .hasMessage("size must be a finite number above 0, was Infinity");
    }
}
