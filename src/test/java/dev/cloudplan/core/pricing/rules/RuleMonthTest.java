package dev.cloudplan.core.pricing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds every rule to its {@link PricingRule#changesIn} answer, which the estimator's month memo trusts: in a month
 * where a rule says its configuration does not change, it derives and charges exactly as in the month before, at the
 * same workload, over 40 months. Each rule is tried with its defaults and with each value of each of its choice and
 * purchase settings.
 */
class RuleMonthTest {
    static final int MONTHS = 40;
    static final List<String> PURCHASES = List.of("on-demand", "reserved 1yr all-upfront", "reserved 1yr partial-upfront",
            "reserved 3yr no-upfront", "compute-savings-plan 1yr all-upfront");

    static WorkloadMonth month(int m) {
        Map<Driver, BigDecimal> v = new EnumMap<>(Driver.class);
        for (Driver d : Driver.values()) {
            v.put(d, BigDecimal.valueOf(1000));
        }
        v.put(Driver.REQUEST_SIZE, BigDecimal.valueOf(2));
        v.put(Driver.ITEM_SIZE, BigDecimal.ONE);
        v.put(Driver.READ_ITEM_SIZE, BigDecimal.ONE);
        v.put(Driver.WRITE_ITEM_SIZE, BigDecimal.ONE);
        return new WorkloadMonth(m, v, v);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aRuleThatSaysItDoesNotReadTheMonth_chargesTheSameEveryMonth() {
        int tried = 0;
        int changing = 0;
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (PricingRule rule : Rules.all()) {
            for (Map<String, Object> values : variants(rule)) {
                ComponentConfig config;
                try {
                    config = (ComponentConfig) rule.bound(rule.configure(new Settings(values)),
                            dev.cloudplan.catalogio.LimitsLoader.ruleData());
                } catch (RuntimeException e) {
                    continue; // a combination the rule refuses (a setting only some others allow)
                }
                List<List<Charge>> byMonth = new ArrayList<>();
                try {
                    for (int m = 1; m <= MONTHS; m++) {
                        byMonth.add(rule.charges(config, rule.derive(config, month(m), new Assumptions()), m));
                    }
                } catch (RuntimeException e) {
                    continue; // needs what only a spec gives (a sized instance type, a workload it lacks)
                }
                tried++;
                types.add(rule.type());
                for (int m = 2; m <= MONTHS; m++) {
                    if (rule.changesIn(config, m)) {
                        changing++;
                    } else {
                        assertThat(byMonth.get(m - 1)).as("%s %s: month %d against month %d", rule.type(), values, m,
                                m - 1).isEqualTo(byMonth.get(m - 2));
                    }
                }
            }
        }
        // Enough rules are priced here for the property to mean something, and some do read the month.
        assertThat(types).containsExactlyInAnyOrderElementsOf(Rules.all().stream().map(PricingRule::type).toList());
        assertThat(tried).isGreaterThan(80);
        assertThat(changing).isGreaterThan(20);
    }

    @Test
    void anUpfrontPurchaseChangesInItsTermsFirstMonthAndTheNext() {
        Ec2Rule rule = new Ec2Rule();
        Map<String, Object> values = defaults(rule);
        values.put("instance_type", "t4g.medium");
        values.put("purchase", PurchaseOption.parse("reserved 1yr all-upfront"));
        Ec2Rule.Config c = rule.configure(new Settings(values));
        // 1-year terms: paid in months 1 and 13, so months 2 and 14 differ from the month before too
        for (int m = 2; m <= 25; m++) {
            assertThat(rule.changesIn(c, m)).as("month %d", m).isEqualTo(m == 2 || m == 13 || m == 14 || m == 25);
        }
        assertThat(rule.charges(c, rule.derive(c, month(13), new Assumptions()), 13))
                .isNotEqualTo(rule.charges(c, rule.derive(c, month(12), new Assumptions()), 12));
        values.put("purchase", PurchaseOption.parse("reserved 1yr no-upfront"));
        Ec2Rule.Config none = rule.configure(new Settings(values));
        assertThat(java.util.stream.IntStream.rangeClosed(2, 40).anyMatch(m -> rule.changesIn(none, m))).isFalse();
    }

    static Object sample(String type, Setting s) {
        return switch (s.kind()) {
            case TEXT -> switch (s.name()) {
                case "instance_type" -> switch (type) {
                    case "rds", "aurora" -> "db.t4g.medium";
                    case "elasticache" -> "cache.t4g.small";
                    default -> "t4g.medium";
                };
                case "to_region" -> "us-west-2";
                default -> "sample";
            };
            case GIGABYTES, MEGABYTES -> BigDecimal.valueOf(100);
            case COUNT, NUMBER, MILLISECONDS, KILOBYTES -> BigDecimal.ONE;
            case USD_PER_MONTH -> BigDecimal.TEN;
            case PERCENT -> new BigDecimal("0.5");
            default -> null;
        };
    }

    static Map<String, Object> defaults(PricingRule<?> rule) {
        Map<String, Object> values = new HashMap<>();
        rule.allSettings().stream().filter(s -> s.defaultValue() != null)
                .forEach(s -> values.put(s.name(), s.defaultValue()));
        return values;
    }

    /**
     * The defaults, then each choice and purchase value on its own. A setting the rule cannot do without, and an auto
     * instance type, get a plain value of its kind (a real instance type).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Map<String, Object>> variants(PricingRule rule) {
        Map<String, Object> base = defaults(rule);
        for (Setting s : (List<Setting>) rule.allSettings()) {
            if (Setting.AUTO.equals(base.get(s.name())) && s.name().equals("instance_type")) {
                base.put(s.name(), sample(rule.type(), s));
            }
        }
        for (int tries = 0; tries < 10; tries++) {
            try {
                rule.configure(new Settings(base));
                break;
            } catch (IllegalStateException e) {
                // "setting 'memory' has no value": a setting without a default that a spec must give
                for (Setting s : (List<Setting>) rule.allSettings()) {
                    if (e.getMessage().contains("'" + s.name() + "'") && sample(rule.type(), s) != null) {
                        base.put(s.name(), sample(rule.type(), s));
                    }
                }
            } catch (RuntimeException e) {
                break;
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(base);
        for (Setting s : (List<Setting>) rule.allSettings()) {
            List<Object> others = new ArrayList<>();
            if (s.kind() == SettingKind.PURCHASE) {
                PURCHASES.forEach(p -> {
                    try {
                        others.add(PurchaseOption.parse(p));
                    } catch (RuntimeException e) {
                        // a purchase this build does not know
                    }
                });
            } else if (s.kind() == SettingKind.CHOICE) {
                others.addAll(s.choices());
            }
            for (Object o : others) {
                Map<String, Object> v = new HashMap<>(base);
                v.put(s.name(), o);
                out.add(v);
            }
        }
        return out;
    }
}
