package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;
import static dev.cloudplan.core.pricing.BillingConventions.KB_PER_GB;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon S3 buckets: storage by class (Standard in graduated tiers), PUT/COPY/POST/LIST requests and GET requests by
 * class, retrieval per GB where the class bills it, Intelligent-Tiering's monitoring fee per object, and a lifecycle
 * transition to a colder class after a number of days. Data served from the bucket to the internet is billed by the
 * data-transfer-out component.
 *
 * <p>A lifecycle rule splits the stored data by age: what was uploaded in the last N days is still in the first class
 * (uploads x object_size x N / 30.42 days), the rest sits in the colder one; each upload is moved once, so a month
 * bills as many transitions as uploads. 10,000 uploads of 1 MB a month with "standard-ia after 30 days" keep
 * 9.77 GB x 30 / 30.42 = 9.63 GB in Standard and move 10,000 objects a month.
 */
public final class S3Rule implements PricingRule<S3Rule.Config> {
    /**
     * Configuration of one bucket.
     *
     * @param cdnHitRatio         share of workload.static_requests a CloudFront distribution in front serves from its
     *                            cache (S3 sees the rest as GETs); null while auto, until placed in its architecture
     * @param transitionTo        the class a lifecycle rule moves objects to, or null for none
     * @param transitionAfterDays days after upload the lifecycle rule moves an object
     * @param objectSizeKb        average object size, for object counts (transitions, monitoring, minimum sizes)
     * @param retrievals          share of the stored data read back each month, for classes that bill retrieval
     */
    public record Config(BigDecimal storageGb, BigDecimal cdnHitRatio, boolean hitRatioAssumed, S3StorageClass storageClass,
            S3StorageClass transitionTo, BigDecimal transitionAfterDays, BigDecimal objectSizeKb, BigDecimal retrievals)
            implements ComponentConfig {
        /** A Standard bucket without lifecycle rules or retrievals. */
        public Config(BigDecimal storageGb, BigDecimal cdnHitRatio, boolean hitRatioAssumed) {
            this(storageGb, cdnHitRatio, hitRatioAssumed, S3StorageClass.STANDARD, null, DEFAULT_TRANSITION_DAYS,
                    DEFAULT_OBJECT_KB, BigDecimal.ZERO);
        }

        /** A Standard bucket every request reaches. */
        public Config(BigDecimal storageGb) {
            this(storageGb, BigDecimal.ZERO, false);
        }

        Config withCdn(BigDecimal hitRatio, boolean assumed) {
            return new Config(storageGb, hitRatio, assumed, storageClass, transitionTo, transitionAfterDays, objectSizeKb,
                    retrievals);
        }
    }

    /**
     * The share of requests served from CloudFront's cache when the spec states none: an assumption, printed with the
     * estimate (CloudFront's cache statistics report yours).
     */
    static final BigDecimal DEFAULT_CDN_HIT_RATIO = new BigDecimal("0.9");
    /** A guess at the average object, stated with every estimate that counts objects (S3 Storage Lens shows yours). */
    static final BigDecimal DEFAULT_OBJECT_KB = new BigDecimal("1024");
    static final BigDecimal DEFAULT_TRANSITION_DAYS = new BigDecimal("30");
    /** 730 hours / 24: the days of cloudplan's month, to turn "uploaded in the last N days" into a share of a month. */
    static final BigDecimal DAYS_PER_MONTH = HOURS_PER_MONTH.divide(new BigDecimal("24"), DIVISION);
    private static final String NONE = "none";

    @Override
    public String type() {
        return "s3";
    }

    @Override
    public String summary() {
        return "S3 bucket: storage by class (Standard tiered), PUT and GET requests, retrieval, lifecycle transitions";
    }

    @Override
    public List<Setting> settings() {
        List<String> targets = new ArrayList<>(List.of(NONE));
        targets.addAll(S3StorageClass.specNames());
        return List.of(Setting.of("storage", SettingKind.GIGABYTES, Setting.AUTO,
                "data stored; auto = the workload's static assets"),
                Setting.of("cdn_hit_ratio", SettingKind.NUMBER, Setting.AUTO, "share of static_requests a CloudFront"
                        + " distribution serves from its cache, so S3 never sees them; auto = 0.9 when the architecture"
                        + " has a cloudfront component, else 0").orAuto(),
                Setting.choice("storage_class", "standard", S3StorageClass.specNames(), "class objects are uploaded to"),
                Setting.choice("transition_to", NONE, targets, "colder class a lifecycle rule moves objects to"),
                Setting.of("transition_after_days", SettingKind.COUNT, DEFAULT_TRANSITION_DAYS,
                        "days after upload the lifecycle rule moves an object").onlyWhenNot("transition_to", NONE),
                Setting.of("object_size", SettingKind.KILOBYTES, DEFAULT_OBJECT_KB,
                        "average object size, to count objects (transitions, monitoring, 128 KB minimums)"),
                Setting.of("retrievals", SettingKind.NUMBER, BigDecimal.ZERO,
                        "share of the stored data read back each month, billed per GB by the IA and Glacier classes"));
    }

    @Override
    public Config placed(Config c, java.util.Set<String> componentTypes) {
        if (c.cdnHitRatio() != null) {
            return c;
        }
        boolean cdn = componentTypes.contains("cloudfront");
        return c.withCdn(cdn ? DEFAULT_CDN_HIT_RATIO : BigDecimal.ZERO, cdn);
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("put_requests", "Requests");
        keys.put("get_requests", "Requests");
        keys.put("retrieval_gb", "GB");
        keys.put("transitioned_gb_months", "GB-Mo");
        keys.put("transitioned_get_requests", "Requests");
        keys.put("transitioned_retrieval_gb", "GB");
        keys.put("transition_requests", "Requests");
        keys.put("monitored_objects", "Objects");
        return keys;
    }

    /**
     * Lifecycle rules AWS refuses are refused here: objects move to Standard-IA or One Zone-IA only after 30 days
     * (limits.csv s3.lifecycle.ia-min-days; the API reference's wording is "greater than 30", so 30 itself is let by).
     */
    @Override
    public void validate(Config c, Map<String, Limit> limits) {
        if (c.transitionTo() == null
                || (c.transitionTo() != S3StorageClass.STANDARD_IA && c.transitionTo() != S3StorageClass.ONEZONE_IA)) {
            return;
        }
        Limit min = limits.get("s3.lifecycle.ia-min-days");
        if (min != null && c.transitionAfterDays().compareTo(min.value()) < 0) {
            throw new InvalidSettingException("transition_after_days", "S3 moves objects to "
                    + c.transitionTo().specName() + " only when they are at least " + min.value().toPlainString()
                    + " days old, not " + c.transitionAfterDays().toPlainString() + " (" + min.source() + ")",
                    "give transition_after_days: " + min.value().toPlainString() + " or more, or transition to"
                            + " glacier-ir or intelligent-tiering, which take objects from day 0");
        }
    }

    @Override
    public Config configure(Settings s) {
        BigDecimal hit = s.numberOrAuto("cdn_hit_ratio");
        if (hit != null && hit.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidSettingException("cdn_hit_ratio", "cdn_hit_ratio " + hit.toPlainString()
                    + " is more than all of the requests", "give a share from 0 to 1, such as 0.9");
        }
        BigDecimal retrievals = s.number("retrievals");
        if (retrievals.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidSettingException("retrievals", "retrievals " + retrievals.toPlainString()
                    + " is more than all of the stored data", "give the share read back each month, from 0 to 1, such as 0.05");
        }
        BigDecimal objectKb = s.number("object_size");
        if (objectKb.signum() <= 0) {
            throw new InvalidSettingException("object_size", "object_size must be more than 0", "give a size such as 1 MB");
        }
        S3StorageClass from = S3StorageClass.bySpecName(s.text("storage_class"));
        String to = s.text("transition_to");
        S3StorageClass target = to.equals(NONE) ? null : S3StorageClass.bySpecName(to);
        if (target != null && target.ordinal() <= from.ordinal()) {
            throw new InvalidSettingException("transition_to", "a lifecycle rule moves objects to a colder class, and "
                    + target.specName() + " is not colder than " + from.specName(), "choose one of "
                    + String.join(", ", S3StorageClass.specNames().subList(from.ordinal() + 1, S3StorageClass.values().length))
                    + ", or none");
        }
        return new Config(s.numberOrAuto("storage"), hit, false, from, target, s.number("transition_after_days"), objectKb,
                retrievals);
    }

    /**
     * The month's usage, in this order:
     * 1. stored data, GETs (less what CloudFront serves) and PUTs, from the workload;
     * 2. with a lifecycle rule, the data split by age between the two classes, and GETs in proportion to it;
     * 3. each class's billed GB-months: a transition before the first class's minimum duration bills the rest of it,
     *    and objects under a class's minimum size bill as that size;
     * 4. retrievals, transitions and monitored objects.
     */
    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal storage = c.storageGb() != null ? c.storageGb() : w.get(Driver.STATIC_ASSETS).orElseGet(() -> {
            assumptions.add("S3 storage: workload.static_assets not given; assumed 0 GB.");
            return BigDecimal.ZERO;
        });
        BigDecimal requests = w.get(Driver.STATIC_REQUESTS).orElseGet(() -> {
            assumptions.add("S3 GET requests: workload.static_requests not given; assumed 0 (add it to price them).");
            return BigDecimal.ZERO;
        });
        BigDecimal hit = c.cdnHitRatio() == null ? BigDecimal.ZERO : c.cdnHitRatio();
        BigDecimal gets = requests.multiply(BigDecimal.ONE.subtract(hit));
        String getsFormula = Decimals.plain(requests) + " object requests";
        if (hit.signum() > 0) {
            getsFormula += " x (1 - " + Decimals.plain(hit) + " served from CloudFront's cache)";
            assumptions.add("S3 behind CloudFront: " + Decimals.plain(hit) + " of workload.static_requests are served"
                    + " from CloudFront's cache and never reach S3 (cdn_hit_ratio"
                    + (c.hitRatioAssumed() ? ": auto, assumed since the architecture has a cloudfront component;"
                    + " state yours from CloudFront's cache statistics)." : ")."));
        }
        BigDecimal puts = w.get(Driver.UPLOADS).orElseGet(() -> {
            assumptions.add("S3 PUT requests: workload.uploads not given; assumed 0 (add it to price them).");
            return BigDecimal.ZERO;
        });
        Usage u = new Usage().put("put_requests", puts, Decimals.plain(puts) + " uploads");
        classAssumptions(c, assumptions);
        if (c.transitionTo() == null) {
            u.put("storage_gb_months", billedSize(c.storageClass(), c, storage), Decimals.plain(storage) + " GB stored"
                            + sizeNote(c.storageClass(), c))
                    .put("get_requests", gets, getsFormula)
                    .put("retrieval_gb", storage.multiply(c.retrievals()), retrievalFormula(c, storage))
                    .put("transitioned_gb_months", BigDecimal.ZERO, "no lifecycle transition")
                    .put("transitioned_get_requests", BigDecimal.ZERO, "no lifecycle transition")
                    .put("transitioned_retrieval_gb", BigDecimal.ZERO, "no lifecycle transition")
                    .put("transition_requests", BigDecimal.ZERO, "no lifecycle transition");
        } else {
            transitioned(c, storage, gets, getsFormula, puts, u, assumptions);
        }
        S3StorageClass tiering = S3StorageClass.INTELLIGENT_TIERING;
        BigDecimal tieringGb = c.storageClass() == tiering ? storage.subtract(u.get("transitioned_gb_months"))
                : c.transitionTo() == tiering ? u.get("transitioned_gb_months") : BigDecimal.ZERO;
        boolean monitored = c.objectSizeKb().compareTo(new BigDecimal("128")) >= 0;
        return u.put("monitored_objects", monitored ? objects(c, tieringGb) : BigDecimal.ZERO, monitored
                ? Decimals.plain(tieringGb) + " GB in Intelligent-Tiering / " + kb(c) + " KB objects"
                : "objects under 128 KB are not monitored");
    }

    /** Step 2 and 3 with a lifecycle rule: the young data in the first class, the rest in the colder one. */
    private static void transitioned(Config c, BigDecimal storage, BigDecimal gets, String getsFormula, BigDecimal puts,
            Usage u, Assumptions assumptions) {
        BigDecimal days = c.transitionAfterDays();
        BigDecimal uploadedGb = puts.multiply(c.objectSizeKb()).divide(KB_PER_GB, DIVISION);
        BigDecimal young = storage.min(uploadedGb.multiply(days).divide(DAYS_PER_MONTH, DIVISION));
        BigDecimal old = storage.subtract(young);
        String youngFormula = "min(" + Decimals.plain(storage) + " GB stored, " + Decimals.plain(puts) + " uploads x "
                + kb(c) + " KB x " + days.toPlainString() + " days / 30.42)";
        int minimum = c.storageClass().minimumDays();
        BigDecimal early = BigDecimal.ZERO;
        if (days.compareTo(BigDecimal.valueOf(minimum)) < 0) {
            early = uploadedGb.multiply(BigDecimal.valueOf(minimum).subtract(days)).divide(DAYS_PER_MONTH, DIVISION);
            youngFormula += " + " + Decimals.plain(uploadedGb) + " GB moved a month x (" + minimum + " - "
                    + days.toPlainString() + ") days / 30.42 of " + c.storageClass().label() + "'s minimum duration";
        }
        BigDecimal share = storage.signum() == 0 ? BigDecimal.ONE : young.divide(storage, DIVISION);
        String split = " x " + Decimals.plain(share) + " of the data (" + c.storageClass().label() + ")";
        u.put("storage_gb_months", billedSize(c.storageClass(), c, young.add(early)), youngFormula
                        + sizeNote(c.storageClass(), c))
                .put("get_requests", gets.multiply(share), getsFormula + split)
                .put("retrieval_gb", young.multiply(c.retrievals()), retrievalFormula(c, young))
                .put("transitioned_gb_months", billedSize(c.transitionTo(), c, old), Decimals.plain(storage) + " GB - "
                        + Decimals.plain(young) + " GB uploaded in the last " + days.toPlainString() + " days"
                        + sizeNote(c.transitionTo(), c))
                .put("transitioned_get_requests", gets.subtract(gets.multiply(share)), getsFormula + " x (1 - "
                        + Decimals.plain(share) + ") of the data (" + c.transitionTo().label() + ")")
                .put("transitioned_retrieval_gb", old.multiply(c.retrievals()), retrievalFormula(c, old))
                .put("transition_requests", puts, Decimals.plain(puts) + " uploads, each moved once, "
                        + days.toPlainString() + " days later");
        assumptions.add("S3 lifecycle: objects move from " + c.storageClass().label() + " to " + c.transitionTo().label()
                + " " + days.toPlainString() + " days after upload; the data uploaded in the last " + days.toPlainString()
                + " days (uploads x object_size) is in " + c.storageClass().label() + ", the rest in "
                + c.transitionTo().label() + ", GETs are split in proportion, and every upload is moved once (one"
                + " transition request per object, at the month's upload rate).");
    }

    /** What a storage class bills beyond storage, said once per bucket, with what cloudplan cannot model. */
    private static void classAssumptions(Config c, Assumptions assumptions) {
        for (S3StorageClass k : c.transitionTo() == null ? List.of(c.storageClass())
                : List.of(c.storageClass(), c.transitionTo())) {
            if (k.minimumDays() > 0) {
                assumptions.add("S3 " + k.label() + " bills every object for at least " + k.minimumDays() + " days:"
                        + " deleting or overwriting it earlier bills the remaining days. The workload does not say when"
                        + " objects are deleted, so that charge is not modelled (a lifecycle transition before the"
                        + " minimum is).");
            }
            if (k.minimumObjectKb() > 0) {
                assumptions.add("S3 " + k.label() + " bills objects under " + k.minimumObjectKb() + " KB as "
                        + k.minimumObjectKb() + " KB; every object is taken to be object_size (" + kb(c) + " KB).");
            }
            if (k == S3StorageClass.GLACIER_FLEXIBLE || k == S3StorageClass.GLACIER_DEEP_ARCHIVE) {
                assumptions.add("S3 " + k.label() + " adds 40 KB of index and metadata per object (8 KB at the"
                        + " Standard rate); not modelled.");
            }
            if (k.billsRetrieval()) {
                assumptions.add("S3 " + k.label() + " bills each GB read back: retrievals = "
                        + Decimals.plain(c.retrievals()) + " of the stored data a month (the retrievals setting).");
            }
            if (k == S3StorageClass.INTELLIGENT_TIERING) {
                assumptions.add("S3 Intelligent-Tiering: storage is billed at the class's own key (its access tiers"
                        + " are not modelled separately); objects of object_size " + kb(c) + " KB are monitored"
                        + " when 128 KB or larger.");
            }
        }
    }

    /** Objects smaller than the class's minimum bill as the minimum: 64 KB objects in Standard-IA bill twice over. */
    private static BigDecimal billedSize(S3StorageClass k, Config c, BigDecimal gb) {
        BigDecimal minimum = BigDecimal.valueOf(k.minimumObjectKb());
        return c.objectSizeKb().compareTo(minimum) >= 0 ? gb : gb.multiply(minimum).divide(c.objectSizeKb(), DIVISION);
    }

    private static String sizeNote(S3StorageClass k, Config c) {
        return c.objectSizeKb().compareTo(BigDecimal.valueOf(k.minimumObjectKb())) >= 0 ? ""
                : " x " + k.minimumObjectKb() + " / " + kb(c) + " (objects bill as " + k.minimumObjectKb() + " KB)";
    }

    private static String retrievalFormula(Config c, BigDecimal gb) {
        return Decimals.plain(gb) + " GB x " + Decimals.plain(c.retrievals()) + " read back a month";
    }

    private static BigDecimal objects(Config c, BigDecimal gb) {
        return gb.multiply(KB_PER_GB).divide(c.objectSizeKb(), DIVISION);
    }

    private static String kb(Config c) {
        return Decimals.plain(c.objectSizeKb());
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        S3StorageClass k = c.storageClass();
        Attributes a = Attributes.of("storageClass", k.catalogName());
        // A Standard bucket keeps its line names; other classes name theirs.
        String suffix = k == S3StorageClass.STANDARD ? "" : " (" + k.label() + ")";
        List<Charge> charges = new ArrayList<>(List.of(
                Charge.of("Storage (" + k.label() + ")", "AmazonS3", "storage", a, "storage_class",
                        u.get("storage_gb_months"), "GB-Mo", u.formula("storage_gb_months")),
                Charge.of("PUT, COPY, POST, LIST requests" + suffix, "AmazonS3", "requests-tier1", a, "storage_class",
                        u.get("put_requests"), "Requests", u.formula("put_requests")),
                Charge.of("GET and other requests" + suffix, "AmazonS3", "requests-tier2", a, "storage_class",
                        u.get("get_requests"), "Requests", u.formula("get_requests"))));
        retrieval(charges, k, c, u, "retrieval_gb");
        S3StorageClass to = c.transitionTo();
        if (to != null) {
            Attributes t = Attributes.of("storageClass", to.catalogName());
            charges.add(Charge.of("Storage (" + to.label() + ", after " + c.transitionAfterDays().toPlainString()
                    + " days)", "AmazonS3", "storage", t, "transition_to", u.get("transitioned_gb_months"), "GB-Mo",
                    u.formula("transitioned_gb_months")));
            charges.add(Charge.of("GET and other requests (" + to.label() + ")", "AmazonS3", "requests-tier2", t,
                    "transition_to", u.get("transitioned_get_requests"), "Requests", u.formula("transitioned_get_requests")));
            retrieval(charges, to, c, u, "transitioned_retrieval_gb");
            charges.add(Charge.of("Lifecycle transitions to " + to.label(), "AmazonS3", "lifecycle-transitions", t,
                    "transition_to", u.get("transition_requests"), "Requests", u.formula("transition_requests")));
        }
        if (k == S3StorageClass.INTELLIGENT_TIERING || to == S3StorageClass.INTELLIGENT_TIERING) {
            charges.add(Charge.of("Monitoring and automation (Intelligent-Tiering)", "AmazonS3", "monitoring",
                    Attributes.of("storageClass", S3StorageClass.INTELLIGENT_TIERING.catalogName()), "storage_class",
                    u.get("monitored_objects"), "Objects", u.formula("monitored_objects")));
        }
        return charges;
    }

    /** A class that bills data read back gets a retrieval line whenever some is read back. */
    private static void retrieval(List<Charge> charges, S3StorageClass k, Config c, Usage u, String key) {
        if (k.billsRetrieval() && c.retrievals().signum() > 0) {
            charges.add(Charge.of("Retrieval (" + k.label() + ")", "AmazonS3", "retrieval",
                    Attributes.of("storageClass", k.catalogName()), "retrievals", u.get(key), "GB", u.formula(key)));
        }
    }
}
