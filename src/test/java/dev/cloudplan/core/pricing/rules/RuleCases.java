package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.workload;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;

/** Prices one component for one month against a test catalog, for the table-driven rule tests. */
final class RuleCases {
    private RuleCases() {}

    static Projection month(PriceCatalog catalog, List<Object> component, Map<Driver, String> drivers) {
        Architecture arch = architecture("a", component.toArray());
        return new Estimator(catalog).estimate(scenario(1, Account.ALWAYS_FREE_ONLY, workload(drivers), null, List.of(),
                arch), arch);
    }

    static double total(Projection p) {
        return p.months().get(0).total().amount().doubleValue();
    }

    static LineItem line(Projection p, String charge) {
        return p.months().get(0).lines().stream().filter(l -> l.charge().equals(charge)).findFirst().orElseThrow();
    }

    /** Prices the component for one month and checks that every charge is priced and the total is {@code expected}. */
    static void assertCompleteMonth(PriceCatalog catalog, List<Object> component, Map<Driver, String> drivers,
            double expected) {
        Projection p = month(catalog, component, drivers);
        org.assertj.core.api.Assertions.assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        org.assertj.core.api.Assertions.assertThat(total(p)).isEqualTo(expected, cents());
    }

    /** Each line is rounded to the cent; a few lines can differ from the unrounded arithmetic by a cent or two. */
    static Offset<Double> cents() {
        return Offset.offset(0.02);
    }
}
