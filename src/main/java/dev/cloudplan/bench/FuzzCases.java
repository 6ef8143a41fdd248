package dev.cloudplan.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzzer's inputs: the examples mutated (numbers, units, values and keys swapped between them, lines moved,
 * YAML punctuation and bytes inserted) and hostile specs built on purpose (aliases, nesting, sizes, numbers).
 * Case {@code i} of seed {@code s} depends on nothing else, so any case can be made again alone.
 */
final class FuzzCases {
    /** One run to try: the spec's bytes and the command line after the spec's path. */
    record Case(long index, String kind, byte[] spec, List<String> args) {}

    static final List<String> NUMBERS = List.of("0", "-1", "1e999999", "1E+2147483647", "1e-999999", "NaN", ".inf",
            "99999999999999999999999", "1000000000000000000000", "0.0000000000000000001", "1,,0", "1_000", "1.5T",
            "1000000T", "999T", "0.5", "3", "12", "120", "121", "0x10", "1e3", "+5", "1.", ".5", "2147483648",
            "9223372036854775808", "1" + "0".repeat(30), "5".repeat(5_000), "007");
    static final List<String> UNITS = List.of("GB", "KB", "MB", "TB", "PB", "B", "/month", "/day", "/second", "/year",
            "months", "years", "ms", "s", "USD", "USD/month", "USD/year", "USD total", "USD once", "%/month", "hours",
            "days", "weeks", "", "GB/month", "x", "%");
    static final List<String> TOKENS = List.of("&a ", "*a", "*b", "!!binary ", "!!int ", "!foo ", "{", "}", "[", "]",
            "- ", ": ", "#", "'", "\"", "|", ">", "? ", "<<: *a", "---\n", "...\n", "\t", ",", "%YAML 1.1\n", "@",
            "`", "\\", "\u00e9", "\ud83d\ude00", "\u0000", "\u0085", "\ufeff", "~", "null", "true", "-");
    static final List<String> TEMPLATES = List.of("api-lambda-dynamodb", "ec2-rds", "ec2-dynamodb", "chat-mvp",
            "chat-mvp-free-tier", "chat-mvp-self-hosted", "chat-mvp-hybrid", "dynamodb-on-demand", "dynamodb-provisioned",
            "postgres-eks", "dynamodb-postgres-analytics", "fargate-alb-rds", "fargate-spot-alb-rds",
            "fargate-alb-aurora", "paas", "nope");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,._]*");
    private static final Pattern UNIT = Pattern.compile("(?<=[0-9] ?)(GB|KB|MB|TB|USD/year|USD/month|USD|/month|/day"
            + "|months|month|ms|%/month)");
    private static final Pattern VALUE = Pattern.compile("(?m)(?<=: )[^\\n#{}\\[\\],]+");
    private static final Pattern KEY = Pattern.compile("(?m)[a-z_]+(?=:)");
    private static final String[] FORMATS = {"table", "markdown", "json", "csv"};

    private final List<String> examples;
    private final List<String> values;
    private final List<String> keys;
    private final long seed;

    FuzzCases(List<String> examples, long seed) {
        this.examples = List.copyOf(examples);
        this.seed = seed;
        LinkedHashSet<String> v = new LinkedHashSet<>();
        LinkedHashSet<String> k = new LinkedHashSet<>();
        for (String e : examples) {
            VALUE.matcher(e).results().forEach(r -> v.add(r.group().trim()));
            KEY.matcher(e).results().forEach(r -> k.add(r.group()));
        }
        this.values = new ArrayList<>(v);
        this.keys = new ArrayList<>(k);
    }

    Case make(long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean hostile = r.nextInt(4) == 0;
        String kind;
        byte[] spec;
        if (hostile) {
            int which = r.nextInt(12);
            kind = "hostile-" + which;
            spec = hostile(which, r);
        } else {
            String text = pick(r, examples);
            int n = 1 + r.nextInt(4);
            StringBuilder what = new StringBuilder("mutated");
            for (int i = 0; i < n; i++) {
                int m = r.nextInt(14);
                what.append('-').append(m);
                text = mutate(m, text, r);
            }
            kind = what.toString();
            spec = text.getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(40) == 0) {
                spec = flipByte(spec, r);
                kind += "-byte";
            }
        }
        return new Case(index, kind, spec, args(r));
    }

    private static List<String> args(SplittableRandom r) {
        List<String> a = new ArrayList<>();
        if (r.nextInt(5) == 0) {
            a.add("estimate");
            a.add("-a");
            a.add(pick(r, List.of("x", "serverless", "a0", "ec2-rds-mysql", "fargate-spot", "nope")));
        } else {
            a.add("compare");
        }
        a.add("--format");
        a.add(FORMATS[r.nextInt(FORMATS.length)]);
        if (r.nextInt(3) == 0) {
            a.add("--explain");
        }
        if (r.nextInt(4) == 0) {
            a.add("--month");
            a.add(String.valueOf(r.nextInt(-2, 130)));
        }
        if (r.nextInt(6) == 0) {
            a.add("--require-complete");
        }
        if (r.nextInt(6) == 0) {
            a.add("--fail-over-budget");
        }
        return a;
    }

    private String mutate(int m, String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = r.nextInt(lines.size());
        switch (m) {
            case 0 -> {
                return replaceMatch(NUMBER, text, pick(r, NUMBERS), r);
            }
            case 1 -> {
                return replaceMatch(UNIT, text, pick(r, UNITS), r);
            }
            case 2 -> {
                return replaceMatch(VALUE, text, pick(r, values), r);
            }
            case 3 -> {
                return replaceMatch(KEY, text, pick(r, keys), r);
            }
            case 4 -> lines.remove(at);
            case 5 -> lines.add(at, lines.get(r.nextInt(lines.size())));
            case 6 -> {
                String other = pick(r, examples);
                String[] ol = other.split("\n");
                lines.add(at, ol[r.nextInt(ol.length)]);
            }
            case 7 -> lines.set(at, r.nextBoolean() ? "  " + lines.get(at) : lines.get(at).replaceFirst("^  ", ""));
            case 8 -> {
                String line = lines.get(at);
                int pos = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, pos) + pick(r, TOKENS) + line.substring(pos));
            }
            case 9 -> {
                return text.substring(0, r.nextInt(text.length() + 1));
            }
            case 10 -> {
                return replaceMatch(Pattern.compile("(?<=template: )[a-z0-9-]+"), text, pick(r, TEMPLATES), r);
            }
            case 11 -> lines.set(at, lines.get(at) + " " + pick(r, values));
            case 12 -> {
                return text.replaceFirst("horizon: [^\\n]*", "horizon: " + pick(r, List.of("120 months", "10 years",
                        "0 months", "1 month", "121 months", "1e3 months", "99999999999 months", "-3 months", "36")));
            }
            default -> lines.add(at, "  " + pick(r, keys) + ": " + pick(r, values));
        }
        return String.join("\n", lines);
    }

    private static String replaceMatch(Pattern p, String text, String with, SplittableRandom r) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return text.substring(0, s[0]) + with + text.substring(s[1]);
    }

    private static byte[] flipByte(byte[] b, SplittableRandom r) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        return out;
    }

    private static final String HEAD = "region: us-east-1\nhorizon: 12 months\nworkload:\n  requests: 10M/month\n"
            + "  database: {reads: 10M/month, writes: 1M/month, stored: 5 GB}\n  egress: 50 GB/month\n";

    private byte[] hostile(int which, SplittableRandom r) {
        String lambda = "architectures:\n  - {name: x, template: api-lambda-dynamodb}\n";
        String text = switch (which) {
            case 0 -> HEAD + "architectures:\n  - &a {name: x, template: api-lambda-dynamodb, "
                    + pick(r, List.of("overrides", "usage", "description", "remove")) + ": *a}\n";
            case 1 -> {
                int width = 2 + r.nextInt(12);
                int depth = 2 + r.nextInt(9);
                StringBuilder s = new StringBuilder(HEAD + "b0: &b0 [" + "x, ".repeat(width - 1) + "x]\n");
                for (int i = 1; i <= depth; i++) {
                    s.append("b").append(i).append(": &b").append(i).append(" [")
                            .append(("*b" + (i - 1) + ", ").repeat(width - 1)).append("*b").append(i - 1).append("]\n");
                }
                yield s + lambda;
            }
            case 2 -> {
                int depth = 1 + r.nextInt(r.nextBoolean() ? 30 : 3_000);
                yield HEAD + "architectures:\n  - {name: x, template: api-lambda-dynamodb, description: "
                        + (r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{a: ".repeat(depth) + "}".repeat(depth))
                        + "}\n";
            }
            case 3 -> HEAD.replace("region: us-east-1", "name: " + "n".repeat(r.nextInt(1, 40_000))) + "region: us-east-1\n"
                    + lambda;
            case 4 -> {
                StringBuilder s = new StringBuilder(HEAD + "architectures:\n");
                int n = 1 + r.nextInt(r.nextBoolean() ? 60 : 12_000);
                for (int i = 0; i < n; i++) {
                    s.append("  - {name: a").append(i).append(", template: ").append(pick(r, TEMPLATES.subList(0, 15)))
                            .append("}\n");
                }
                yield s.toString();
            }
            case 5 -> HEAD.replace("10M/month", "[" + "1M/month, ".repeat(r.nextInt(200)) + "2M/month]")
                    .replace("horizon: 12 months", "horizon: " + (1 + r.nextInt(125)) + " months") + lambda;
            case 6 -> HEAD.replace("10M", pick(r, NUMBERS)).replace("5 GB", pick(r, NUMBERS) + " " + pick(r, UNITS)) + lambda;
            case 7 -> HEAD + "prices:\n  - {service: AmazonEC2, charge: instance-hours, attributes: {instanceType: t4g.medium,"
                    + " operatingSystem: Linux, purchaseOption: OnDemand, tenancy: Shared}, unit: "
                    + pick(r, List.of("Hrs", "GB-Mo", "Requests", "Quantity", "")) + ", usd: " + pick(r, NUMBERS)
                    + ", source: x, as_of: " + pick(r, List.of("2026-11-20", "+999999999-12-31", "1900-01-01", "x")) + "}\n"
                    + "architectures:\n  - {name: x, template: ec2-rds, overrides: {app: {instance_type: t4g.medium},"
                    + " db: {instance_type: db.t4g.medium}}}\n";
            case 8 -> pick(r, List.of("\ufeff", "\u0001", "\u0000", "\t", "\u0085", "\r")) + HEAD + lambda;
            case 9 -> HEAD.replace("horizon: 12 months", "horizon: " + (1 + r.nextInt(120)) + " months\nstart: "
                    + pick(r, List.of("2027-01", "2099-12", "2100-12", "+999999999-12", "0000-01")))
                    .replace("stored: 5 GB", "stored: {initial: " + pick(r, NUMBERS) + " GB, add: {start: 1 GB/month, growth: "
                            + r.nextInt(0, 1_200) + "%/month}, keep: " + pick(r, List.of("1 hour", "30 days", "1 year",
                            "0 days", "0.0000001 hours", "999999 years")) + "}") + lambda;
            case 10 -> {
                StringBuilder s = new StringBuilder(HEAD + "architectures:\n  - name: x\n    components:\n");
                int n = 1 + r.nextInt(r.nextBoolean() ? 55 : 600);
                for (int i = 0; i < n; i++) {
                    s.append("      - {name: c").append(i).append(", type: s3}\n");
                }
                yield s.toString();
            }
            default -> HEAD.replace("requests: 10M/month", "requests: {start: 1M/month, growth: "
                    + pick(r, List.of("1000%/month", "999.999%/month", "-99.9999%/month", "100%/month")) + "}")
                    .replace("horizon: 12 months", "horizon: 120 months") + lambda;
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (which == 8 && r.nextBoolean()) {
            bytes = flipByte(bytes, r);
        }
        return bytes;
    }

    private static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
