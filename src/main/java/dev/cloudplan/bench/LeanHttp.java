package dev.cloudplan.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON and reads the answer into a buffer it keeps: the load test's
 * clients share two cores with the server they measure, and the JDK's HttpClient spends several times this one's
 * CPU on each answer of a few hundred KB (bench serve --http-client jdk measures it side by side).
 */
final class LeanHttp implements AutoCloseable {
    /** What a request got: its status, whether the server answered from its kept answers, and the body's size. */
    record Answer(int status, boolean kept, int bytes) {}

    private final URI uri;
    private final String token;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] body = new byte[1 << 16];

    LeanHttp(URI uri, String token) {
        this.uri = uri;
        this.token = token;
    }

    Answer post(String json) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nX-Cloudplan-Token: " + token + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n";
        try {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Answer read() throws IOException {
        String status = line();
        if (status == null || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean kept = false;
        boolean closing = false;
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            String name = h.substring(0, Math.max(0, colon)).toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "x-cloudplan-kept" -> kept = value.equals("yes");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (length < 0) {
            throw new IOException("an answer without Content-Length");
        }
        if (body.length < length) {
            body = new byte[Math.max(length, body.length * 2)];
        }
        int n = in.readNBytes(body, 0, length);
        if (n < length) {
            throw new IOException("the answer ended after " + n + " of " + length + " bytes");
        }
        if (closing) {
            close();
        }
        return new Answer(code, kept, length);
    }

    /** A header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that failed: nothing more to do
            }
            socket = null;
        }
    }
}
