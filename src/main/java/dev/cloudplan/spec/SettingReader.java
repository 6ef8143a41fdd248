package dev.cloudplan.spec;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.pricing.PricingRule;
import java.math.BigDecimal;
import dev.cloudplan.core.pricing.rules.EbsVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one component setting by its kind (counts, sizes, durations, percentages, purchase options, instance types
 * and families checked against the catalog), so a bad value is refused where it is written.
 */
final class SettingReader {
    private static final int MAX_COUNT = 10_000;

    private final LoadedCatalog catalog;
    /** The spec's own prices: a type with a stated price is usable whatever the catalog knows. */
    private final List<Price> stated;

    SettingReader(LoadedCatalog catalog, List<Price> stated) {
        this.catalog = catalog;
        this.stated = stated;
    }

    /** The setting's value as its kind reads {@code text}; {@code at} is where an error points. */
    Object read(Setting s, String text, SpecNode at, PricingRule<?> rule) {
        if (s.autoAllowed() && text.equalsIgnoreCase(Setting.AUTO)) {
            return Setting.AUTO;
        }
        try {
            return switch (s.kind()) {
                case TEXT -> text(s, text, at, rule);
                case CHOICE -> {
                    String v = text.toLowerCase(Locale.ROOT);
                    if (!s.choices().contains(v)) {
                        String near = Suggest.closest(v, s.choices());
                        throw at.error("'" + text + "' is not a valid " + s.name(),
                                (near != null ? "did you mean '" + near + "'? " : "") + "use one of " + String.join(", ", s.choices()));
                    }
                    yield v;
                }
                case COUNT -> {
                    BigDecimal n = Units.count(text);
                    if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
                        throw at.error(s.name() + " " + text + " is not a whole number from 0 to " + MAX_COUNT,
                                "give a whole number such as 1 or 2");
                    }
                    yield n;
                }
                // Parse the text, not the node: a template's default arrives as text with the component's node.
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no", "off" -> Boolean.FALSE;
                    default -> throw at.error(s.name() + " should be true or false, not '" + text + "'", "write true or false");
                };
                case GIGABYTES -> Units.size(text, "GB");
                case KILOBYTES -> Units.size(text, "KB");
                case MEGABYTES -> {
                    // Lambda's two sizes: memory from 128 MB, ephemeral storage (/tmp) from the 512 MB every function has.
                    BigDecimal mb = Units.size(text, "MB");
                    boolean storage = s.name().equals("ephemeral_storage");
                    BigDecimal min = new BigDecimal(storage ? "512" : "128");
                    if (mb.compareTo(min) < 0 || mb.compareTo(new BigDecimal("10240")) > 0) {
                        throw at.error(s.name() + " " + text + " is outside Lambda's " + min + " MB to 10,240 MB",
                                storage ? "give a size from 512 MB to 10 GB, such as 1 GB" : "give a size such as 256 MB or 1 GB");
                    }
                    yield mb;
                }
                case MILLISECONDS -> {
                    BigDecimal ms = Units.milliseconds(text);
                    if (ms.compareTo(new BigDecimal("900000")) > 0) {
                        throw at.error("duration " + text + " is longer than Lambda's 15-minute limit", "give a duration such as 200 ms");
                    }
                    yield ms;
                }
                case PURCHASE -> PurchaseOption.parse(text);
                case VOLUMES -> volumes(s, text, at);
                case NUMBER -> Units.count(text);
                case PERCENT -> {
                    BigDecimal share = Units.percent(text);
                    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                        throw at.error(s.name() + " " + text + " is not a share of a resource one can plan to use",
                                "give a percentage above 0% and at most 100%, such as 70%");
                    }
                    yield share;
                }
                case USD_PER_MONTH -> {
                    Units.MoneyAmount m = Units.money(text);
                    if (!m.period().equals("month")) {
                        throw at.error(s.name() + " '" + text + "' is not an amount per month",
                                "write the monthly price, such as 19 USD/month");
                    }
                    yield m.usd();
                }
            };
        } catch (UnitException e) {
            throw at.error(s.name() + ": " + e.getMessage(), e.fix());
        } catch (NumberFormatException e) {
            throw at.error(s.name() + ": '" + text + "' is not a number", "write a number such as 2 or 0.5");
        } catch (IllegalArgumentException e) {
            throw at.error(s.name() + ": " + e.getMessage(), "write " + PurchaseOption.SYNTAX);
        }
    }

    /** {@code 2 x 500 GB st1}: count, size with its unit, type, then optional IOPS and MiB/s, each with its unit. */
    private static final Pattern VOLUME = Pattern.compile(
            "(?:(\\d+)\\s*x\\s+)?(-?[\\d.]+\\s*[A-Za-z]+)\\s+(\\S+)((?:\\s+[\\d.]+\\s*(?:IOPS|MiB/s))*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_EXTRA = Pattern.compile("([\\d.]+)\\s*(IOPS|MiB/s)", Pattern.CASE_INSENSITIVE);

    /** EBS volume groups, comma-separated; {@code none} is no volumes. Limits are checked by the rule that holds them. */
    private static List<EbsVolume> volumes(Setting s, String text, SpecNode at) {
        List<EbsVolume> out = new ArrayList<>();
        if (text.trim().equalsIgnoreCase("none")) {
            return out;
        }
        String syntax = "write volume groups as [N x] SIZE TYPE [IOPS IOPS] [MIB MiB/s], comma-separated, such as"
                + " 2 x 500 GB st1, 100 GB io2 8000 IOPS (numbers without thousands separators)";
        for (String item : text.split(",")) {
            Matcher m = VOLUME.matcher(item.trim());
            if (!m.matches()) {
                throw at.error(s.name() + ": '" + item.trim() + "' is not a volume group", syntax);
            }
            EbsVolume.Type type = EbsVolume.Type.of(m.group(3));
            if (type == null) {
                String near = Suggest.closest(m.group(3).toLowerCase(Locale.ROOT), EbsVolume.Type.names());
                throw at.error(s.name() + ": '" + m.group(3) + "' is not an EBS volume type", (near != null ? "did you mean '"
                        + near + "'? " : "") + "use one of " + String.join(", ", EbsVolume.Type.names()));
            }
            int count = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            if (count < 1 || count > MAX_COUNT) {
                throw at.error(s.name() + ": " + count + " volumes is not from 1 to " + MAX_COUNT, syntax);
            }
            EbsVolume v = EbsVolume.baseline(count, type, Units.size(m.group(2), "GB"));
            Matcher extra = VOLUME_EXTRA.matcher(m.group(4));
            while (extra.find()) {
                boolean iops = extra.group(2).equalsIgnoreCase("IOPS");
                if (iops ? !type.provisionsIops() : !type.provisionsThroughput()) {
                    throw at.error(s.name() + ": " + type.apiName() + " volumes have no " + extra.group(2)
                            + " to provision", "give IOPS only for gp3, io1 and io2, and MiB/s only for gp3");
                }
                v = iops ? new EbsVolume(count, type, v.sizeGb(), new BigDecimal(extra.group(1)).intValueExact(),
                        v.throughputMibps()) : new EbsVolume(count, type, v.sizeGb(), v.iops(), new BigDecimal(extra.group(1)));
            }
            if ((type == EbsVolume.Type.IO1 || type == EbsVolume.Type.IO2) && v.iops() == 0) {
                throw at.error(s.name() + ": " + type.apiName() + " volumes need their IOPS stated",
                        "add them after the type, such as 100 GB " + type.apiName() + " 3000 IOPS");
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Instance types are checked against the types the catalog knows (specifications or prices) and the spec's own
     * prices, so a typo is an error, not a missing price; a real type without a price is NOT PRICED later.
     */
    private String text(Setting s, String text, SpecNode at, PricingRule<?> rule) {
        String service = rule.type().equals("rds") || rule.type().equals("aurora") ? "AmazonRDS"
                : rule.type().equals("elasticache") ? "AmazonElastiCache" : "AmazonEC2";
        if (s.name().equals("families")) {
            return families(text, at, service);
        }
        if (!s.name().equals("instance_type")) {
            return text;
        }
        InstanceTypes types = catalog.instanceTypes();
        boolean statedHere = stated.stream().anyMatch(p -> p.service().equals(service)
                && text.equals(p.attributes().get("instanceType")));
        if (!types.names(service).isEmpty() && !statedHere && !catalog.knowsType(service, text)) {
            String near = Suggest.closest(text, catalog.knownTypes(service));
            throw at.error("unknown instance type '" + text + "' for " + rule.type() + ": the catalog neither prices nor"
                    + " describes it", (near != null ? "did you mean '" + near + "'? " : "")
                    + "see `cloudplan catalog show` for the types cloudplan knows; if it is a real type the catalog"
                    + " lacks, state its price in the spec's prices: section (docs/spec.md#prices)");
        }
        return text;
    }

    /** Each family named must be one whose types cloudplan knows: t4g or db.t4g, not t4x. */
    private String families(String text, SpecNode at, String service) {
        if (text.trim().equalsIgnoreCase("all")) {
            return text;
        }
        Set<String> known = new TreeSet<>();
        catalog.knownTypes(service).forEach(t -> {
            String f = t.contains(".") ? t.substring(0, t.lastIndexOf('.')) : t;
            known.add(f);
            known.add(f.substring(f.indexOf('.') + 1));
        });
        if (service.equals("AmazonElastiCache")) {
            LimitsLoader.bundled().keySet().stream()
                    .filter(k -> k.startsWith("elasticache.node.") && k.endsWith(".maxmemory-bytes"))
                    .map(k -> k.substring("elasticache.node.".length(), k.lastIndexOf(".maxmemory-bytes")))
                    .forEach(t -> {
                        String f = t.substring(0, t.lastIndexOf('.'));
                        known.add(f);
                        known.add(f.substring(f.indexOf('.') + 1));
                    });
        }
        for (String f : text.split(",")) {
            String family = f.trim();
            if (!family.isEmpty() && !known.contains(family)) {
                String near = Suggest.closest(family, known);
                throw at.error("unknown instance family '" + family + "'", (near != null ? "did you mean '" + near
                        + "'? " : "") + "give families as a comma-separated list, such as t4g, m7g (or db.t4g for RDS)");
            }
        }
        return text;
    }

    /** A default as the user would write it: 70%, 10 ms, 64 KB, 8 GB. */
    static String display(Setting s, Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (!(value instanceof BigDecimal b)) {
            return String.valueOf(value);
        }
        String n = b.stripTrailingZeros().toPlainString();
        return switch (s.kind()) {
            case PERCENT -> dev.cloudplan.core.money.Decimals.percent(b);
            case MILLISECONDS -> n + " ms";
            case KILOBYTES -> n + " KB";
            case GIGABYTES -> n + " GB";
            case MEGABYTES -> n + " MB";
            default -> n;
        };
    }
}
