package dev.cloudplan.pricelist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Downloads current offer files from the AWS Price List Bulk API: the service index, each service's
 * region index, then the regional offer files. Downloads go to a folder of their own and resume where a
 * broken one stopped (HTTP Range); nothing is imported until a file is complete.
 */
public final class PriceListClient {
    public static final String DEFAULT_ENDPOINT = Importer.PRICE_LIST_BASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final Duration timeout;
    private final Path downloads;
    private final Progress progress;

    /** Where download progress goes: a bar redrawn on a terminal, one line per file otherwise. */
    public static final class Progress {
        private final PrintWriter out;
        private final boolean terminal;
        private long lastDraw;

        public Progress(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void start(String what, long resumedFrom, long total) {
            if (!terminal) {
                out.println("downloading " + what + (total > 0 ? " (" + mb(total) + ")" : "")
                        + (resumedFrom > 0 ? ", resuming at " + mb(resumedFrom) : ""));
                out.flush();
            }
        }

        void update(String what, long done, long total) {
            long now = System.nanoTime();
            if (!terminal || now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            draw(what, done, total);
        }

        void finish(String what, long done, long total) {
            if (terminal) {
                draw(what, done, total);
                out.println();
            } else {
                out.println("downloaded " + what + " (" + mb(done) + ")");
            }
            out.flush();
        }

        private void draw(String what, long done, long total) {
            String bar;
            if (total > 0) {
                int width = 30;
                int filled = (int) Math.min(width, done * width / total);
                bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + String.format("%3d%%", done * 100 / total)
                        + " " + mb(done) + " of " + mb(total);
            } else {
                bar = mb(done);
            }
            out.print("\r" + what + " " + bar);
            out.flush();
        }

        private static String mb(long bytes) {
            return String.format("%.1f MB", bytes / 1e6);
        }
    }

    public PriceListClient(URI endpoint, Duration timeout, Path downloads, Progress progress) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.downloads = downloads;
        this.progress = progress;
    }

    /** The current regional offer files of {@code services} for {@code regions}, downloaded (or already there). */
    public List<Importer.OfferSource> fetch(List<String> services, List<String> regions) {
        JsonNode index = getJson("/offers/v1.0/aws/index.json");
        List<Importer.OfferSource> out = new ArrayList<>();
        for (String service : services) {
            JsonNode offer = index.path("offers").path(service);
            String regionIndexUrl = offer.path("currentRegionIndexUrl").asText(null);
            if (regionIndexUrl == null) {
                throw new FetchException("the Price List index at " + endpoint + " has no offer '" + service
                        + "' with a currentRegionIndexUrl");
            }
            JsonNode regionIndex = getJson(regionIndexUrl).path("regions");
            for (String region : regions(regionIndex, regions, service)) {
                String url = regionIndex.path(region).path("currentVersionUrl").asText(null);
                if (url == null) {
                    throw new FetchException("the region index of " + service + " lists " + region
                            + " without a currentVersionUrl");
                }
                out.add(new Importer.OfferSource(download(url, service + " " + region), resolve(url).toString()));
            }
        }
        return out;
    }

    /** The regions to fetch: those asked for that the service has; a global service has one, "global" or alike. */
    private static List<String> regions(JsonNode regionIndex, List<String> wanted, String service) {
        List<String> have = new ArrayList<>();
        for (Iterator<String> it = regionIndex.fieldNames(); it.hasNext();) {
            have.add(it.next());
        }
        List<String> out = new ArrayList<>();
        for (String r : wanted) {
            if (have.contains(r)) {
                out.add(r);
            }
        }
        if (out.isEmpty() && have.size() == 1 && !have.get(0).matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
            out.add(have.get(0));
        }
        if (out.isEmpty()) {
            throw new FetchException(service + " has no offer file for " + String.join(", ", wanted)
                    + "; its region index lists " + (have.size() > 12 ? have.size() + " regions" : String.join(", ", have)));
        }
        return out;
    }

    private URI resolve(String url) {
        return endpoint.resolve(url);
    }

    private JsonNode getJson(String url) {
        URI uri = resolve(url);
        HttpURLConnection c = open(uri, 0);
        try (InputStream in = c.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw failure(uri, e);
        } finally {
            c.disconnect();
        }
    }

    /** Downloads {@code url} into the download folder, resuming a partial file; returns the complete file. */
    private Path download(String url, String what) {
        URI uri = resolve(url);
        Path target = downloads.resolve(uri.getPath().replaceFirst("^/+", ""));
        if (Files.isRegularFile(target)) {
            progress.finish(what + " (already downloaded)", size(target), size(target));
            return target;
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            long have = Files.exists(part) ? Files.size(part) : 0;
            HttpURLConnection c = open(uri, have);
            try {
                int status = c.getResponseCode();
                boolean append = status == 206;
                if (status == 416) {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    return target;
                }
                long length = c.getContentLengthLong();
                long total = length < 0 ? -1 : length + (append ? have : 0);
                long done = append ? have : 0;
                progress.start(what, done, total);
                try (InputStream in = c.getInputStream();
                        OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        out.write(buffer, 0, n);
                        done += n;
                        progress.update(what, done, total);
                    }
                }
                if (total > 0 && done != total) {
                    throw new FetchException("the download of " + uri + " stopped at " + done + " of " + total
                            + " bytes; run the same command again to resume");
                }
                progress.finish(what, done, total);
            } finally {
                c.disconnect();
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw failure(uri, e);
        }
    }

    private HttpURLConnection open(URI uri, long from) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout((int) timeout.toMillis());
            c.setReadTimeout((int) timeout.toMillis());
            c.setRequestProperty("User-Agent", "cloudplan");
            if (from > 0) {
                c.setRequestProperty("Range", "bytes=" + from + "-");
            }
            int status = c.getResponseCode();
            if (status != 200 && status != 206 && !(status == 416 && from > 0)) {
                c.disconnect();
                throw new FetchException(uri + " answered HTTP " + status + " " + c.getResponseMessage());
            }
            return c;
        } catch (IOException e) {
            throw failure(uri, e);
        }
    }

    private FetchException failure(URI uri, IOException e) {
        String why;
        if (e instanceof UnknownHostException || e instanceof NoRouteToHostException || e instanceof ConnectException) {
            why = "cannot reach " + uri.getHost() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "): are you offline? Download the offer files where there is a network and run"
                    + " 'cloudplan catalog import FILE...'";
        } else if (e instanceof SocketTimeoutException) {
            why = "no answer from " + uri.getHost() + " within " + timeout.toSeconds() + " s (--timeout); run the"
                    + " same command again to resume";
        } else {
            why = "downloading " + uri + " failed: " + e.getMessage() + "; run the same command again to resume";
        }
        return new FetchException(why + ". Partial downloads are kept in " + downloads + ".", e);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
