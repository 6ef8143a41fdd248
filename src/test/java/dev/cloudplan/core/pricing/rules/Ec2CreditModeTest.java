package dev.cloudplan.core.pricing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.architecture.PurchaseOption;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The credit mode of a burstable type follows the type AWS launches, also when auto-sizing chose the type. */
class Ec2CreditModeTest {
    private static Ec2Rule.Config auto(Boolean stated) {
        return new Ec2Rule.Config("auto", 1, PurchaseOption.ON_DEMAND, new BigDecimal("8"), "gp3", 0, 3000,
                new BigDecimal("125"), BigDecimal.ZERO, new BigDecimal("730"), null, null, stated);
    }

    @Test
    void aTypeChosenByAuto_getsItsOwnLaunchMode() {
        // AWS launches t2 in standard mode and t3, t3a and t4g in unlimited mode.
        assertThat(auto(null).sized("t2.micro", 1, new BigDecimal("730")).unlimitedCredits()).isFalse();
        assertThat(auto(null).sized("t3.micro", 1, new BigDecimal("730")).unlimitedCredits()).isTrue();
        assertThat(auto(null).sized("t4g.small", 1, new BigDecimal("730")).billsSurplusCredits()).isTrue();
    }

    @Test
    void aStatedMode_holdsWhateverTypeIsChosen() {
        assertThat(auto(Boolean.TRUE).sized("t2.micro", 1, new BigDecimal("730")).unlimitedCredits()).isTrue();
        assertThat(auto(Boolean.FALSE).sized("t3.micro", 1, new BigDecimal("730")).unlimitedCredits()).isFalse();
    }
}
